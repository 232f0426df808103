package paperradar.bot.discord;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.jspecify.annotations.Nullable;
import paperradar.bot.chat.MentionGuard;

/**
 * Makes untrusted text (titles, abstracts, author names, users' queries) inert in Discord markdown.
 * JDA's sanitizer escapes the formatting characters; masked links ({@code [looks
 * safe](https://evil)}) and mention syntax ({@code <@123>}, {@code <#1>}, {@code <@&2>}) are
 * escaped here as well, and mass mentions get a zero-width space. Messages also send empty allowed
 * mentions, so even a miss cannot ping.
 */
public final class DiscordText {

  private DiscordText() {}

  public static String escape(String untrusted) {
    String sanitized = MarkdownSanitizer.escape(MentionGuard.defuse(untrusted));
    StringBuilder out = new StringBuilder(sanitized.length() + 8);
    for (int i = 0; i < sanitized.length(); i++) {
      char c = sanitized.charAt(i);
      if (c == '['
          || c == ']'
          || c == '<'
          || c == '>'
          || c == '#' && atLineStart(sanitized, i)
          || c == '-' && startsSubtext(sanitized, i)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Discord reads {@code #}, {@code ##} and {@code ###} at a line's start as headings, also after
   * spaces (and {@code -#} as subtext).
   */
  private static boolean atLineStart(String text, int index) {
    int i = index - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  /**
   * Discord reads {@code -# } at a line's start as subtext: small grey text that hides what it
   * says.
   */
  private static boolean startsSubtext(String text, int index) {
    return atLineStart(text, index) && text.startsWith("#", index + 1);
  }

  /** A URL for an embed's link, or null unless it is http(s) (Discord refuses other schemes). */
  public static @Nullable String url(@Nullable String untrusted) {
    if (untrusted == null
        || !(untrusted.startsWith("https://") || untrusted.startsWith("http://"))
        || untrusted.length() > 2_000
        || untrusted.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    // Parentheses would end a markdown link early and let the rest of the URL show as text.
    return untrusted.replace("(", "%28").replace(")", "%29");
  }
}
