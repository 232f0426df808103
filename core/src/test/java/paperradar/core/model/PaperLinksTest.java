package paperradar.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaperLinksTest {

  private static Paper paper(ArxivId id, String title, String link) {
    return new Paper(
        1,
        id,
        title,
        List.of(),
        null,
        null,
        "",
        null,
        Map.of(),
        Set.of(),
        Instant.EPOCH,
        link,
        null,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void theArxivAbstractPageWinsOverAnyListingLink() {
    assertThat(
            paper(new ArxivId("2403.18415"), "Topos", "https://huggingface.co/papers/2403.18415")
                .url())
        .isEqualTo("https://arxiv.org/abs/2403.18415");
  }

  @Test
  void withoutAnArxivIdTheListingsLinkIsShown() {
    assertThat(paper(null, "A Trial", "https://pubmed.ncbi.nlm.nih.gov/31000000/").url())
        .isEqualTo("https://pubmed.ncbi.nlm.nih.gov/31000000/");
  }

  @Test
  void withNoLinkAtAllTheTitleIsSearchedOnArxiv() {
    assertThat(paper(null, " Attention & Sheep: 100% Recall? ", null).url())
        .isEqualTo(
            "https://arxiv.org/search/?query=Attention+%26+Sheep%3A+100%25+Recall%3F&searchtype=title");
  }
}
