package paperradar.core.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one rule for the link a paper is shown with, so every card, export and JSON answer agree. */
public final class PaperLinks {

  private PaperLinks() {}

  /**
   * The arXiv abstract page when the arXiv id is known, else the link a listing gave (a Hugging
   * Face paper page first), else an arXiv title search: never empty.
   */
  public static String url(Paper paper) {
    if (paper.arxivId() != null) {
      return paper.arxivId().absUrl();
    }
    if (paper.link() != null && !paper.link().isBlank()) {
      return paper.link();
    }
    return titleSearch(paper.title());
  }

  /** arXiv's search for papers with this title. */
  public static String titleSearch(String title) {
    return "https://arxiv.org/search/?query="
        + URLEncoder.encode(title.strip(), StandardCharsets.UTF_8)
        + "&searchtype=title";
  }
}
