package paperradar.core.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalized form of a title that identifies a paper which has no arXiv id: the same title with
 * other casing, punctuation, white space or Unicode composition gives the same key.
 */
public final class TitleKey {

  private TitleKey() {}

  public static String of(String title) {
    String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      int type = Character.getType(codePoint);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      if (Character.isLetterOrDigit(codePoint)) {
        if (pendingSpace && !key.isEmpty()) {
          key.append(' ');
        }
        pendingSpace = false;
        key.appendCodePoint(codePoint);
      } else if (Character.isWhitespace(codePoint)
          || Character.isSpaceChar(codePoint)
          || type == Character.DASH_PUNCTUATION
          || codePoint == '/') {
        // Word separators: "Multi-turn" and "Multi turn" are the same title.
        pendingSpace = true;
      }
      // Other punctuation (":", "'", ",", …) is dropped without separating words.
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
