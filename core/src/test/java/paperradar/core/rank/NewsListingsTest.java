package paperradar.core.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.ingest.ListingFormat;

/**
 * Which listings announce new papers: daily pages, the daily JSON, arXiv listings and feeds; not
 * search or summary pages.
 */
class NewsListingsTest {

  @Test
  void dailyPagesAndFeedsAnnounceNewPapersSearchAndSummaryPagesAndCataloguesDoNot() {
    List<String> news =
        Arrays.stream(ListingFormat.values())
            .map(ListingFormat::cliName)
            .filter(NewsListings::announcesNewPapers)
            .toList();

    assertThat(news)
        .containsExactlyInAnyOrder("hf-daily", "hf-json", "arxiv-rss", "arxiv-atom", "feed");
    assertThat(NewsListings.announcesNewPapers("hf-search")).isFalse();
    assertThat(NewsListings.announcesNewPapers("summary-page")).isFalse();
    assertThat(NewsListings.announcesNewPapers("aimodels")).isFalse();
  }
}
