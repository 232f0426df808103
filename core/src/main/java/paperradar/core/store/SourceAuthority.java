package paperradar.core.store;

/**
 * How far a source is trusted for a paper's descriptive fields: each field of a paper comes from
 * the most authoritative source that has it, whatever order the sources arrive in. The rank is what
 * the store keeps.
 */
public enum SourceAuthority {
  /** The arXiv API: arXiv's own record of the paper. */
  ARXIV_API(0),
  /** arXiv's announcement feeds, RSS 2.0 and the legacy RDF. */
  ARXIV_RSS(1),
  /** Hugging Face's daily_papers JSON. */
  HF_JSON(2),
  /** Other machine-readable feeds: Semantic Scholar, bioRxiv, PubMed, generic RSS and Atom. */
  OTHER_FEED(3),
  /** The text of a web page, copied from a browser. */
  PAGE_TEXT(4);

  /** The rank of a value stored before the store kept ranks: any known source beats it. */
  static final int UNKNOWN = 9;

  private final int rank;

  SourceAuthority(int rank) {
    this.rank = rank;
  }

  /** Lower is more authoritative. */
  public int rank() {
    return rank;
  }
}
