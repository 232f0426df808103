package paperradar.core.pipeline;

import java.util.function.IntConsumer;

/**
 * Passes the store's count of entries stored on to an {@link IngestProgress} every {@link #STEP}
 * entries, so that a listing of many thousands does not redraw a progress bar for each one.
 */
final class ThrottledProgress implements IntConsumer {

  static final int STEP = 250;

  private final IngestProgress progress;
  private final long total;
  private long reported = -1;

  ThrottledProgress(IngestProgress progress, long total) {
    this.progress = progress;
    this.total = total;
  }

  /**
   * A count of entries stored. A store that retries its transaction counts again from zero; the
   * counts below what was already reported are not passed on, so progress never goes backwards.
   */
  @Override
  public void accept(int stored) {
    if (stored - Math.max(reported, 0) >= STEP) {
      report(stored);
    }
  }

  /**
   * The ingest is over: the last report is always (total, total), even for a capture stored before.
   */
  void finish() {
    if (reported != total) {
      report(total);
    }
  }

  private void report(long done) {
    reported = done;
    progress.update(done, total);
  }
}
