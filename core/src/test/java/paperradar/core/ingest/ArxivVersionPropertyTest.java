package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** The hand-written version scan finds what the regex it replaced found, in any text. */
class ArxivVersionPropertyTest {

  private static final Pattern REGEX =
      Pattern.compile("(?:\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})v(\\d{1,4})(?!\\d)");

  @Property(tries = 3_000)
  void findsWhatTheRegexFound(@ForAll("idLikeText") String text) {
    assertThat(ArxivVersion.find(text)).isEqualTo(byRegex(text));
  }

  @Example
  void readsTheVersionsFeedsCarry() {
    assertThat(ArxivVersion.find("http://arxiv.org/abs/2202.06834v2")).isEqualTo(2);
    assertThat(ArxivVersion.find("http://arxiv.org/abs/hep-th/9901001v13")).isEqualTo(13);
    assertThat(ArxivVersion.find("math.GT/0309136v1 and 2202.06834v2")).isEqualTo(1);
    assertThat(ArxivVersion.find("2202.06834v12345")).isNull();
    assertThat(ArxivVersion.find("2202.06834")).isNull();
  }

  private static @Nullable Integer byRegex(String text) {
    Matcher matcher = REGEX.matcher(text);
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }

  /** Pieces of ids, glued in any order, so near misses of every part of the pattern come up. */
  @Provide
  Arbitrary<String> idLikeText() {
    return Arbitraries.of(
            "2202.06834",
            "2202.0683",
            "0704.0001",
            "12345",
            "1234567",
            "9",
            "v",
            "v2",
            "v12",
            "v12345",
            ".",
            "/",
            "-",
            "hep-th",
            "math",
            ".GT",
            ".gt",
            "G",
            "a",
            " ",
            "x/",
            "arxiv.org/abs/")
        .list()
        .ofMaxSize(10)
        .map(pieces -> String.join("", pieces));
  }
}
