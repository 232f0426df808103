package paperradar.core.reply;

/**
 * How much one message of a platform can carry, so that a long reply is split between papers.
 *
 * @param maxParts parts per message (Slack: blocks; Discord: embeds)
 * @param maxChars characters of text per message, all parts together
 * @param maxPartChars characters in one part's text: longer text is cut with an ellipsis
 */
public record ReplyLimits(int maxParts, int maxChars, int maxPartChars) {

  public ReplyLimits {
    if (maxParts < 1 || maxChars < 1 || maxPartChars < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: " + maxParts + ", " + maxChars + ", " + maxPartChars);
    }
  }

  /**
   * Slack: 50 blocks per message; a section's text holds 3,000 characters. A card takes up to 4
   * blocks (its text, its detail, its links, its 👍/👎 actions), so 12 parts stay within 48.
   */
  public static final ReplyLimits SLACK = new ReplyLimits(12, 12_000, 3_000);

  /** Discord: 10 embeds and 6,000 characters in all per message; a description holds 4,096. */
  public static final ReplyLimits DISCORD = new ReplyLimits(10, 5_800, 4_000);

  /** A terminal has no limits worth splitting for. */
  public static final ReplyLimits CONSOLE =
      new ReplyLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
}
