package paperradar.core.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The listing formats paper-radar reads. The names are what {@code --format} takes and what the
 * export shows.
 */
public enum ListingFormat {
  /** The text of an aimodels.fyi "AI Papers" listing page. */
  AIMODELS("aimodels"),
  /** The text of a Hugging Face "Daily Papers" page. */
  HF_DAILY("hf-daily"),
  /** The text of a Hugging Face paper search results page. */
  HF_SEARCH("hf-search"),
  /** The text of a paper summary page that links one arXiv paper. */
  SUMMARY_PAGE("summary-page"),
  /** An arXiv API response (Atom), current or legacy. */
  ARXIV_ATOM("arxiv-atom"),
  /** An arXiv announcement feed (RSS 2.0). */
  ARXIV_RSS("arxiv-rss"),
  /** arXiv's legacy announcement feed (RSS 1.0 / RDF, {@code export.arxiv.org/rss/…}). */
  ARXIV_RDF("arxiv-rdf"),
  /** A Semantic Scholar Graph API paper search response, or its batch form (JSON). */
  S2_JSON("s2-json"),
  /** A bioRxiv / medRxiv details API response (JSON). */
  BIORXIV_JSON("biorxiv-json"),
  /** A PubMed E-utilities efetch response (XML). */
  PUBMED_XML("pubmed-xml"),
  /** The Hugging Face daily_papers API response (JSON). */
  HF_JSON("hf-json"),
  /** Any RSS 2.0 or Atom feed whose items are papers. */
  FEED("feed");

  private final String cliName;

  ListingFormat(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static Optional<ListingFormat> fromCliName(String name) {
    return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name)).findFirst();
  }

  public static String cliNames() {
    return Arrays.stream(values()).map(ListingFormat::cliName).collect(Collectors.joining(", "));
  }
}
