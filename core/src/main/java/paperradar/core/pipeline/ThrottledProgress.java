package paperradar.core.pipeline;

import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Passes the store's count of entries stored on to an {@link IngestProgress} every {@link #STEP}
 * entries, so that a listing of many thousands does not redraw a progress bar for each one.
 */
final class ThrottledProgress implements IntConsumer {

  static final int STEP = 250;

  private final IngestProgress progress;
  private final LongSupplier total;
  private long reported = -1;
  private long reportedTotal = -1;

  ThrottledProgress(IngestProgress progress, long total) {
    this(progress, () -> total);
  }

  /**
   * For a listing parsed while it is stored: the total is an estimate that the supplier refines as
   * the listing is read.
   */
  ThrottledProgress(IngestProgress progress, LongSupplier total) {
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
    finish(total.getAsLong());
  }

  /** As above, with the total known only now: the entries a streamed listing turned out to have. */
  void finish(long exactTotal) {
    if (reported != exactTotal || reportedTotal != exactTotal) {
      reported = exactTotal;
      reportedTotal = exactTotal;
      progress.update(exactTotal, exactTotal);
    }
  }

  /**
   * A streamed listing has been read to its end, all {@code count} entries handed to the store: the
   * exact count replaces the estimate at once, not after the store's commit.
   */
  void readAll(long count) {
    if (count > Math.max(reported, 0) || reportedTotal != count) {
      reported = count;
      reportedTotal = count;
      progress.update(count, count);
    }
  }

  private void report(long done) {
    reported = done;
    reportedTotal = Math.max(done, total.getAsLong());
    progress.update(done, reportedTotal);
  }
}
