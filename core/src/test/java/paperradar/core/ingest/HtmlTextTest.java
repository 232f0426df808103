package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void numericAndNamedEntitiesAreDecoded() {
    assertThat(HtmlText.clean("attention&#8217;s limits &amp; more &mdash; &#x2019;")).isEqualTo("attention’s limits & more — ’");
  }

  @Test
  void tagsGoAndLineBreaksFold() {
    assertThat(HtmlText.clean("<p>precise,\nnontrivial<br/>results</p>\n<p>two</p>"))
        .isEqualTo("precise, nontrivial results two");
  }

  @Test
  void plainTextOnlyFolds() {
    assertThat(HtmlText.clean("  a\n  b\u00a0c ")).isEqualTo("a b c");
    assertThat(HtmlText.clean(null)).isEmpty();
  }
}
