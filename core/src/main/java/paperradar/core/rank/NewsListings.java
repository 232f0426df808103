package paperradar.core.rank;

import java.util.Set;

/**
 * Which listing formats announce new papers (a daily page, the HF daily JSON, an arXiv listing or
 * feed, a feed of items) as opposed to those that show papers of any age (a search page, a summary
 * page, the aimodels.fyi catalogue). A paper's first appearance in such a listing is when it became
 * news.
 */
public final class NewsListings {

  /** The {@code ListingFormat} CLI names of the listings of new papers. */
  private static final Set<String> NEWS =
      Set.of("hf-daily", "hf-json", "arxiv-rss", "arxiv-atom", "feed");

  private NewsListings() {}

  /**
   * @param format a listing format's CLI name, as sightings record it
   */
  public static boolean announcesNewPapers(String format) {
    return NEWS.contains(format);
  }
}
