package paperradar.core.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import paperradar.core.model.PaperSource;

/**
 * The listing formats paper-radar reads. Each is the {@link PaperSource} of the same name, whose id
 * is what {@code --format} takes and what the export shows.
 */
public enum ListingFormat {
  /** The text of an aimodels.fyi "AI Papers" listing page. */
  AIMODELS,
  /** The text of a Hugging Face "Daily Papers" page. */
  HF_DAILY,
  /** The text of a Hugging Face paper search results page. */
  HF_SEARCH,
  /** The text of a paper summary page that links one arXiv paper. */
  SUMMARY_PAGE,
  /** An arXiv API response (Atom), current or legacy. */
  ARXIV_ATOM,
  /** An arXiv announcement feed (RSS 2.0). */
  ARXIV_RSS,
  /** arXiv's legacy announcement feed (RSS 1.0 / RDF, {@code export.arxiv.org/rss/…}). */
  ARXIV_RDF,
  /** A Semantic Scholar Graph API paper search response, or its batch form (JSON). */
  S2_JSON,
  /** A bioRxiv / medRxiv details API response (JSON). */
  BIORXIV_JSON,
  /** A PubMed E-utilities efetch response (XML). */
  PUBMED_XML,
  /** The Hugging Face daily_papers API response (JSON). */
  HF_JSON,
  /** Any RSS 2.0 or Atom feed whose items are papers. */
  FEED;

  // Each format records its papers under the source of the same name; PaperSource holds the names.
  private final PaperSource source = PaperSource.valueOf(name());

  public String cliName() {
    return source.id();
  }

  /** What the papers of a listing in this format record as where they were seen. */
  public PaperSource source() {
    return source;
  }

  public static Optional<ListingFormat> fromCliName(String name) {
    return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(name)).findFirst();
  }

  public static String cliNames() {
    return Arrays.stream(values()).map(ListingFormat::cliName).collect(Collectors.joining(", "));
  }
}
