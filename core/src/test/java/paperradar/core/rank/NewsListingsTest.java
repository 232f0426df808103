package paperradar.core.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.PaperSource;

/**
 * Which listings announce new papers: daily pages, the daily JSON, arXiv listings and feeds; not
 * search or summary pages.
 */
class NewsListingsTest {

  @Test
  void dailyPagesAndFeedsAnnounceNewPapersSearchAndSummaryPagesAndCataloguesDoNot() {
    List<String> news =
        Arrays.stream(ListingFormat.values())
            .filter(format -> NewsListings.announcesNewPapers(format.source()))
            .map(ListingFormat::cliName)
            .toList();

    assertThat(news)
        .containsExactlyInAnyOrder("hf-daily", "hf-json", "arxiv-rss", "arxiv-atom", "feed");
    assertThat(NewsListings.announcesNewPapers(PaperSource.HF_SEARCH)).isFalse();
    assertThat(NewsListings.announcesNewPapers(PaperSource.SUMMARY_PAGE)).isFalse();
    assertThat(NewsListings.announcesNewPapers(PaperSource.AIMODELS)).isFalse();
  }
}
