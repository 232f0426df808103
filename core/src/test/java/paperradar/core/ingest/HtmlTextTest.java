package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void numericAndNamedEntitiesAreDecoded() {
    assertThat(HtmlText.clean("attention&#8217;s limits &amp; more &mdash; &#x2019;"))
        .isEqualTo("attention’s limits & more — ’");
  }

  @Test
  void tagsGoAndLineBreaksFold() {
    assertThat(HtmlText.clean("<p>precise,\nnontrivial<br/>results</p>\n<p>two</p>"))
        .isEqualTo("precise, nontrivial results two");
  }

  @Test
  void aLessThanInMathIsTextNotATag() {
    assertThat(HtmlText.clean("bounds when $k<n$ and $2.6<\\eta<4$ hold"))
        .isEqualTo("bounds when $k<n$ and $2.6<\\eta<4$ hold");
    assertThat(HtmlText.clean("<p>a <b>bold</b> claim for $x<y$, then</p> more"))
        .isEqualTo("a bold claim for $x<y$, then more");
  }

  @Test
  void plainTextOnlyFolds() {
    assertThat(HtmlText.clean("  a\n  b\u00a0c ")).isEqualTo("a b c");
    assertThat(HtmlText.clean(null)).isEmpty();
  }
}
