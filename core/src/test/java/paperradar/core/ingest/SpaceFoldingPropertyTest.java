package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written fold gives what the regex fold it replaced gives, for any text. */
class SpaceFoldingPropertyTest {

  @Property(tries = 2_000)
  void foldsAsTheRegexDid(@ForAll("spacedText") String text) {
    assertThat(SpaceFolding.fold(text)).isEqualTo(text.replaceAll("\\s+", " ").strip());
  }

  @Property(tries = 2_000)
  void foldsNoBreakSpacesAsTheRegexDid(@ForAll("spacedText") String text) {
    assertThat(HtmlText.fold(text))
        .isEqualTo(text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
  }

  @Example
  void textThatNeedsNoChangeIsNotCopied() {
    String title = "Attention Is All You Need";
    assertThat(SpaceFolding.fold(title)).isSameAs(title);
  }

  @Example
  void foldsWhatFeedsWrap() {
    assertThat(HtmlText.fold("\n   Deep\u00A0 Learning\r\n\tfor\u2003 Feeds \u3000"))
        .isEqualTo("Deep Learning for\u2003 Feeds");
  }

  /**
   * Letters among every kind of space: the regex's ASCII white space, Unicode spaces only strip
   * removes, the no-break space, controls that are neither, and a surrogate pair.
   */
  @Provide
  Arbitrary<String> spacedText() {
    return Arbitraries.of(
            ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '\u2028', '\u3000', '\u001C',
            '\u0085', '\u2007', 'a', 'Z', 'é', '.', '\uD83D', '\uDE00')
        .list()
        .ofMaxSize(24)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder();
              chars.forEach(text::append);
              return text.toString();
            });
  }
}
