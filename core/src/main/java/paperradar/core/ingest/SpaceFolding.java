package paperradar.core.ingest;

/**
 * Folds runs of white space to one space and strips both ends, by hand: the same result as {@code
 * text.replaceAll("\\s+", " ").strip()} (with {@code \s} the regex's ASCII white space, and {@code
 * strip} the Unicode white space of {@link Character#isWhitespace}), without a regex run per field.
 * Text that needs no change (the usual title or name) comes back without a copy.
 */
final class SpaceFolding {

  private static final char NO_BREAK_SPACE = '\u00A0';

  private SpaceFolding() {}

  /** As {@code text.replaceAll("\\s+", " ").strip()}. */
  static String fold(String text) {
    return fold(text, false);
  }

  /** As {@code text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip()}. */
  static String foldWithNoBreakSpaces(String text) {
    return fold(text, true);
  }

  private static String fold(String text, boolean noBreakIsSpace) {
    int start = 0;
    int end = text.length();
    while (start < end && isStripped(text.charAt(start), noBreakIsSpace)) {
      start++;
    }
    while (end > start && isStripped(text.charAt(end - 1), noBreakIsSpace)) {
      end--;
    }
    if (!needsFolding(text, start, end, noBreakIsSpace)) {
      return text.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    boolean inRun = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isFolded(c, noBreakIsSpace)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /**
   * Whether folding changes the text between start and end, found with {@code indexOf}, which the
   * JDK runs over many characters at a time: a white space character other than a space, or two
   * spaces in a row. (Between start and end the first and last characters are no white space, so a
   * single space changes only next to other white space, which these searches find.)
   */
  private static boolean needsFolding(String text, int start, int end, boolean noBreakIsSpace) {
    for (char c = '\t'; c <= '\r'; c++) {
      if (text.indexOf(c, start, end) >= 0) {
        return true;
      }
    }
    return (noBreakIsSpace && text.indexOf(NO_BREAK_SPACE, start, end) >= 0)
        || text.indexOf("  ", start, end) >= 0;
  }

  /** The regex's {@code \s}: {@code [ \t\n\x0B\f\r]}, and the no-break space when it counts. */
  private static boolean isFolded(char c, boolean noBreakIsSpace) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (noBreakIsSpace && c == NO_BREAK_SPACE);
  }

  /**
   * What {@link String#strip} removes (no code point outside the BMP is white space, and a lone
   * surrogate is none either, so a char at a time is the same).
   */
  private static boolean isStripped(char c, boolean noBreakIsSpace) {
    return Character.isWhitespace(c) || (noBreakIsSpace && c == NO_BREAK_SPACE);
  }
}
