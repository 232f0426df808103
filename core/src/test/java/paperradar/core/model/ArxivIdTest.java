package paperradar.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArxivIdTest {

  @Test
  void versionsAreTheSamePaper() {
    assertThat(ArxivId.parse("2403.18415v2")).contains(new ArxivId("2403.18415"));
    assertThat(ArxivId.parse("arXiv:2403.18415")).contains(new ArxivId("2403.18415"));
  }

  @Test
  void oldStyleIdsAreIds() {
    assertThat(ArxivId.parse("astro-ph/0601001v3")).contains(new ArxivId("astro-ph/0601001"));
    assertThat(ArxivId.parse("math.GT/0309136")).contains(new ArxivId("math/0309136"));
  }

  @Test
  void findsIdsOnlyWhereArxivIsNamed() {
    assertThat(ArxivId.find("https://arxiv.org/pdf/2403.18415.pdf"))
        .contains(new ArxivId("2403.18415"));
    assertThat(ArxivId.find("oai:arXiv.org:2609.26811v1")).contains(new ArxivId("2609.26811"));
    assertThat(ArxivId.find("http://arxiv.org/abs/hep-th/9901001v1"))
        .contains(new ArxivId("hep-th/9901001"));
    assertThat(ArxivId.find("we got 2403.18415 points")).isEmpty();
  }

  @Test
  void rejectsWhatIsNoId() {
    assertThat(ArxivId.parse("pointer networks")).isEmpty();
    assertThatThrownBy(() -> new ArxivId("12.3")).isInstanceOf(IllegalArgumentException.class);
  }
}
