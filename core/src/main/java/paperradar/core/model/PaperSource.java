package paperradar.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a paper was seen: the kind of listing a sighting came from. Each listing format ({@code
 * ingest.ListingFormat}) is the source of the same name, and the ids here are the formats'
 * command-line names: what {@code --format} takes and what the database, {@code export} and the
 * paper cards show. A new format is added here first.
 */
public enum PaperSource {
  AIMODELS("aimodels"),
  HF_DAILY("hf-daily"),
  HF_SEARCH("hf-search"),
  SUMMARY_PAGE("summary-page"),
  ARXIV_ATOM("arxiv-atom"),
  ARXIV_RSS("arxiv-rss"),
  ARXIV_RDF("arxiv-rdf"),
  S2_JSON("s2-json"),
  BIORXIV_JSON("biorxiv-json"),
  PUBMED_XML("pubmed-xml"),
  HF_JSON("hf-json"),
  FEED("feed");

  private final String id;

  PaperSource(String id) {
    this.id = id;
  }

  /** The id stored and shown, e.g. {@code hf-daily}. */
  public String id() {
    return id;
  }

  /**
   * The source with this id.
   *
   * @throws IllegalArgumentException naming the value when no source has it
   */
  public static PaperSource fromId(String id) {
    for (PaperSource source : values()) {
      if (source.id.equals(id)) {
        return source;
      }
    }
    throw new IllegalArgumentException(
        "unknown paper source \"" + id + "\" (known: " + ids() + ")");
  }

  static String ids() {
    return Arrays.stream(values()).map(PaperSource::id).collect(Collectors.joining(", "));
  }

  /** The id, so that logs read as before the type existed. */
  @Override
  public String toString() {
    return id;
  }
}
