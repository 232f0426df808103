package paperradar.core.pipeline;

/** How far the storing of one listing has come, for a progress bar on a long ingest. */
@FunctionalInterface
public interface IngestProgress {

  /** Wants no progress: the ingests of polls and of the bundled sample. */
  IngestProgress NONE = (done, total) -> {};

  /**
   * {@code done} of the listing's {@code total} papers are stored. Called every few hundred papers,
   * never with a smaller {@code done} than before, and last with {@code done == total} once the
   * ingest is over.
   */
  void update(long done, long total);

  /**
   * The phases of one ingest, in order: every one is announced, so a bar never sits still
   * unexplained.
   */
  enum Phase {
    /** Decoding and parsing the listing; the total is not known yet. */
    PARSING,
    /** Storing its papers: {@link #update} counts them. */
    STORING,
    /** Bringing the search index and topic matches in step with the stored papers. */
    INDEXING
  }

  /**
   * The total given when storing starts for a listing parsed while it is stored: its count is not
   * known yet, and the updates that follow carry an estimate from the share of its bytes read.
   */
  long ESTIMATED = -1;

  /**
   * The ingest entered {@code phase}; {@code total} is the listing's paper count, 0 while parsing,
   * or {@link #ESTIMATED} when storing a listing parsed as it is stored.
   */
  default void phase(Phase phase, long total) {}
}
