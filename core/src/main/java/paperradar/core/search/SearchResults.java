package paperradar.core.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of results and how many papers matched in all.
 *
 * @param totalHits the number of matching papers, exact up to {@link #EXACT_UP_TO}; beyond it a
 *     lower bound
 * @param totalExact whether {@code totalHits} is exact
 */
public record SearchResults(long totalHits, boolean totalExact, List<Hit> hits) {

  /**
   * Matches are counted exactly up to this many (as Elasticsearch does by default). Counting a
   * query that matches half of a million papers to the last one would cost more than finding its
   * best ten, which Lucene does by skipping what cannot make the page once it knows the count has
   * passed this.
   */
  public static final int EXACT_UP_TO = 10_000;

  public SearchResults {
    hits = List.copyOf(hits);
  }

  /**
   * {@code 42}, or {@code 10,000+} when the count stopped there. Lucene's lower bound may lie past
   * the threshold ({@code 10,001}, or a whole segment's {@code 77,933}); the text never claims more
   * than was counted.
   */
  public String totalText() {
    return totalExact
        ? String.format(java.util.Locale.ROOT, "%,d", totalHits)
        : String.format(java.util.Locale.ROOT, "%,d+", Math.min(totalHits, EXACT_UP_TO));
  }

  /**
   * One matching paper.
   *
   * @param arxivId the arXiv id, or null
   * @param snippet a passage of the abstract (or the title) with matches marked {@code **like
   *     this**}
   * @param published the publication date, or null
   * @param url the paper's link ({@link paperradar.core.model.Paper#url()}), as the index stored it
   */
  public record Hit(
      long paperId,
      @Nullable String arxivId,
      String title,
      float score,
      String snippet,
      @Nullable LocalDate published,
      String url) {

    /**
     * A hit whose link is the one its arXiv id or its title gives (an index built before links).
     */
    public Hit(
        long paperId,
        @Nullable String arxivId,
        String title,
        float score,
        String snippet,
        @Nullable LocalDate published) {
      this(
          paperId,
          arxivId,
          title,
          score,
          snippet,
          published,
          arxivId != null
              ? "https://arxiv.org/abs/" + arxivId
              : paperradar.core.model.PaperLinks.titleSearch(title));
    }
  }
}
