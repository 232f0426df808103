package paperradar.core.rank;

import java.util.Set;
import paperradar.core.model.PaperSource;

/**
 * Which listing formats announce new papers (a daily page, the HF daily JSON, an arXiv listing or
 * feed, a feed of items) as opposed to those that show papers of any age (a search page, a summary
 * page, the aimodels.fyi catalogue). A paper's first appearance in such a listing is when it became
 * news.
 */
public final class NewsListings {

  /** The listings of new papers. */
  private static final Set<PaperSource> NEWS =
      Set.of(
          PaperSource.HF_DAILY,
          PaperSource.HF_JSON,
          PaperSource.ARXIV_RSS,
          PaperSource.ARXIV_ATOM,
          PaperSource.FEED);

  private NewsListings() {}

  /**
   * @param format the kind of listing a sighting came from
   */
  public static boolean announcesNewPapers(PaperSource format) {
    return NEWS.contains(format);
  }
}
