package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

class InnerApostrophesTest {

  /** What the filter replaces: the regular expression the analyzers used before it. */
  private static final Pattern INNER_APOSTROPHES = Pattern.compile("(?<=\\p{L})['`´’](?=\\p{L})");

  @Test
  void removesAnApostropheOnlyBetweenTwoLetters() throws IOException {
    assertThat(read(new InnerApostrophes(new StringReader("Balunovi'c Tram`er l´a o’k"))))
        .isEqualTo("Balunovic Tramer la ok");
    assertThat(read(new InnerApostrophes(new StringReader("'quoted' rock'n'roll a''b 3'4 a'"))))
        .isEqualTo("'quoted' rocknroll a''b 3'4 a'");
  }

  @Test
  void givesTheSameTextAndOffsetsAsTheRegularExpressionOnRandomText() throws IOException {
    String[] pieces = {"a", "é", "Z", "'", "`", "´", "’", " ", "1", "\uD835\uDC9C", "-"};
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      CharFilter expected =
          new PatternReplaceCharFilter(INNER_APOSTROPHES, "", new StringReader(text.toString()));
      CharFilter actual = new InnerApostrophes(new StringReader(text.toString()));
      String expectedText = read(expected);

      assertThat(read(actual)).as("text of %s", text).isEqualTo(expectedText);
      for (int offset = 0; offset <= expectedText.length(); offset++) {
        assertThat(actual.correctOffset(offset))
            .as("offset %d of %s", offset, text)
            .isEqualTo(expected.correctOffset(offset));
      }
    }
  }

  private static String read(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[3];
    for (int read = reader.read(buffer, 0, 3); read != -1; read = reader.read(buffer, 0, 3)) {
      text.append(buffer, 0, read);
    }
    return text.toString();
  }
}
