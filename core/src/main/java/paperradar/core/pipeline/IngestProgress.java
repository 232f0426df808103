package paperradar.core.pipeline;

/** How far the storing of one listing has come, for a progress bar on a long ingest. */
@FunctionalInterface
public interface IngestProgress {

  /** Wants no progress: the ingests of polls and of the bundled sample. */
  IngestProgress NONE = (done, total) -> {};

  /**
   * {@code done} of the listing's {@code total} papers are stored. Called every few hundred papers, never
   * with a smaller {@code done} than before, and last with {@code done == total} once the ingest is over.
   */
  void update(long done, long total);
}
