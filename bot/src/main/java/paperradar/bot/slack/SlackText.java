package paperradar.bot.slack;

import org.jspecify.annotations.Nullable;
import paperradar.bot.chat.MentionGuard;

/**
 * Makes untrusted text (titles, abstracts, author names, users' queries) safe inside Slack mrkdwn.
 *
 * <p>Slack reads {@code <…>} as links and mentions ({@code <!channel>}, {@code <@U123>}, {@code
 * <https://evil|looks fine>}) and asks apps to escape {@code &}, {@code <} and {@code >}; once
 * escaped, none of those can form. mrkdwn has no escape for its formatting characters, so a
 * zero-width space in front of each keeps {@code *word*} from turning bold while it still reads the
 * same.
 */
public final class SlackText {

  private SlackText() {}

  /** Escapes the characters Slack's message syntax uses; enough for plain_text objects and URLs. */
  public static String escape(String untrusted) {
    StringBuilder out = new StringBuilder(untrusted.length() + 16);
    for (int i = 0; i < untrusted.length(); i++) {
      char c = untrusted.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Untrusted text for a mrkdwn field: escaped, formatting defused, mass mentions broken. */
  public static String mrkdwn(String untrusted) {
    String escaped = escape(MentionGuard.defuse(untrusted));
    StringBuilder out = new StringBuilder(escaped.length() + 8);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '*' || c == '_' || c == '~' || c == '`') {
        out.append('\u200B');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Text for a plain_text object: Slack shows it as is, but {@code &<>} still need escaping. */
  public static String plain(String untrusted) {
    return escape(MentionGuard.defuse(untrusted));
  }

  /**
   * A link target: only http(s) URLs, with the characters that would end or split Slack's {@code
   * <url|label>} syntax percent-encoded. Anything else yields null (the title is shown unlinked).
   */
  public static @Nullable String url(@Nullable String untrusted) {
    if (untrusted == null
        || !(untrusted.startsWith("https://") || untrusted.startsWith("http://"))) {
      return null;
    }
    return untrusted
        .replace("|", "%7C")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace("&", "&amp;")
        .replace(" ", "%20");
  }

  /** A linked label in mrkdwn, or the label alone when the URL is unusable. */
  public static String link(@Nullable String url, String label) {
    String target = url(url);
    String text = mrkdwn(label);
    return target == null ? text : "<" + target + "|" + text + ">";
  }
}
