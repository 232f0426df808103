package paperradar.core.text;

/**
 * The one sanitiser for text that enters the store or a command: NUL and other control characters
 * are removed, because PostgreSQL refuses NUL in text, and chat replies would echo the rest.
 *
 * <p>Two shapes: a {@linkplain #line one-line} field (title, name, topic, query) folds tab, newline
 * and other line breaks into one space, so the value prints on one line; a {@linkplain #paragraphs
 * paragraph} field (an abstract) keeps its newlines, since abstracts carry paragraphs, and folds
 * only tabs. Neither trims or collapses ordinary spaces: that is each field's own business.
 */
public final class CleanText {

  private CleanText() {}

  /**
   * A one-line value: control characters removed, tab and line breaks become a space; null stays
   * null.
   */
  public static String line(String value) {
    return clean(value, false);
  }

  /**
   * A multi-line value: control characters removed, newlines kept ({@code \r\n} and {@code \r}
   * become {@code \n}), tabs become a space; null stays null.
   */
  public static String paragraphs(String value) {
    return clean(value, true);
  }

  /** Whether {@code value} would come out of {@link #line} unchanged. */
  public static boolean isCleanLine(String value) {
    return value == null || value.equals(line(value));
  }

  private static String clean(String value, boolean keepNewlines) {
    if (value == null || isClean(value, keepNewlines)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        boolean crlf = i + 1 < value.length() && value.charAt(i + 1) == '\n';
        if (!crlf) {
          out.append(keepNewlines ? '\n' : ' ');
        }
      } else if (c == '\n') {
        out.append(keepNewlines ? '\n' : ' ');
      } else if (c == '\t'
          || c == '\u2028'
          || c == '\u2029'
          || c == '\u0085'
          || c == '\u000B'
          || c == '\f') {
        out.append(c == '\u2029' && keepNewlines ? '\n' : ' ');
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isClean(String value, boolean keepNewlines) {
    // A scan over a copy: a loop over an array compiles to far less than charAt's per-call checks.
    char[] chars = value.toCharArray();
    for (char c : chars) {
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, most of any text: clean, decided in one comparison pair
      }
      if (c == '\n' ? !keepNewlines : (isControl(c) || c == '\u2028' || c == '\u2029')) {
        return false;
      }
    }
    return true;
  }

  /**
   * C0 and C1 control characters, DEL, and unpaired-use format breakers that chat clients
   * misrender.
   */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
