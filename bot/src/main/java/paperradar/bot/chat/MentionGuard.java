package paperradar.bot.chat;

import java.util.regex.Pattern;

/**
 * Breaks the words chat platforms treat as mass mentions ({@code @everyone}, {@code @here},
 * {@code @channel}) in untrusted text, by putting a zero-width space after the {@code @}. The text
 * still reads the same; no platform pings on it. This is a second guard: each adapter also turns
 * mentions off in the message itself (Discord's allowed mentions, Slack's escaping).
 */
public final class MentionGuard {

  static final char ZERO_WIDTH_SPACE = '\u200B';
  private static final Pattern MASS_MENTION =
      Pattern.compile("@(?=(everyone|here|channel|all)\\b)", Pattern.CASE_INSENSITIVE);

  private MentionGuard() {}

  public static String defuse(String untrusted) {
    return MASS_MENTION.matcher(untrusted).replaceAll("@" + ZERO_WIDTH_SPACE);
  }
}
