package paperradar.core.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of results and how many papers matched in all.
 *
 * @param totalHits the number of matching papers
 */
public record SearchResults(long totalHits, List<Hit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  /**
   * One matching paper.
   *
   * @param arxivId the arXiv id, or null
   * @param snippet a passage of the abstract (or the title) with matches marked {@code **like this**}
   * @param published the publication date, or null
   */
  public record Hit(long paperId, String arxivId, String title, float score, String snippet, LocalDate published) {}
}
