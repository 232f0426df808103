package paperradar.core.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.jspecify.annotations.Nullable;

/**
 * Removes the apostrophes and backticks some listings put inside words ({@code Balunovi'c}, {@code
 * Tram`er}): one of {@code ' ` ´ ’} between two letters. It does what a {@code
 * PatternReplaceCharFilter} of {@code (?<=\p{L})['`´’](?=\p{L})} does, offsets included, with a
 * plain scan: every title and abstract passes through it several times per paper, and the regular
 * expression's look-arounds were a tenth of the cost of indexing a paper.
 */
final class InnerApostrophes extends BaseCharFilter {

  private @Nullable Reader output;

  InnerApostrophes(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = new StringReader(strip(readAll()));
    }
    return output.read(buffer, offset, length);
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1024];
    for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
      text.append(buffer, 0, read);
    }
    return text.toString();
  }

  /** The text without its inner apostrophes; each removal is recorded to correct offsets. */
  String strip(String text) {
    int first = firstApostrophe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder kept = null;
    int removed = 0;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isApostrophe(c)
          && i > 0
          && i + 1 < text.length()
          // The expression looked one char back (a letter outside the BMP did not count) and one
          // code point ahead; the same here, so both give the same terms.
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(Character.codePointAt(text, i + 1))) {
        if (kept == null) {
          kept = new StringBuilder(text.length());
          kept.append(text, 0, i);
        }
        removed++;
        // As PatternReplaceCharFilter records an empty replacement: the offset at the next kept
        // character maps past the removed one.
        addOffCorrectMap(kept.length(), removed);
      } else if (kept != null) {
        kept.append(c);
      }
    }
    return kept == null ? text : kept.toString();
  }

  /**
   * Where the first apostrophe of any kind is, or -1: most texts have none, and {@code indexOf}
   * scans many characters at a time where the loop above tests one (it was a tenth of building a
   * paper's document).
   */
  private static int firstApostrophe(String text) {
    int first = -1;
    for (char apostrophe : APOSTROPHES) {
      int at = text.indexOf(apostrophe, 0, first < 0 ? text.length() : first);
      if (at >= 0) {
        first = at;
      }
    }
    return first;
  }

  private static final char[] APOSTROPHES = {'\'', '`', '´', '’'};

  private static boolean isApostrophe(char c) {
    for (char apostrophe : APOSTROPHES) {
      if (c == apostrophe) {
        return true;
      }
    }
    return false;
  }
}
