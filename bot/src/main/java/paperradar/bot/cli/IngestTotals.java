package paperradar.bot.cli;

import java.time.Duration;
import java.util.Locale;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.store.IngestReport;

/** What all the inputs of one {@code ingest} came to, for the line after the last of them. */
final class IngestTotals {

  /** An input this large is a long ingest, worth a total even alone. */
  private static final int LARGE_INPUT = 1_000;

  private int ingested;
  private int failed;
  private long read;
  private long newPapers;
  private long merged;
  private long alreadyIngested;
  private boolean anyLarge;

  void add(IngestOutcome outcome) {
    IngestReport report = outcome.report();
    ingested++;
    read += report.read();
    newPapers += report.newPapers();
    merged += report.merged();
    if (report.alreadyStored()) {
      alreadyIngested += report.read();
    }
    anyLarge |= report.read() > LARGE_INPUT;
  }

  void addFailure() {
    failed++;
  }

  boolean anyFailed() {
    return failed > 0;
  }

  /** One input of a few papers has its own line already; a total would only repeat it. */
  boolean worthALine() {
    return ingested + failed > 1 || anyLarge;
  }

  /**
   * {@code ingested 2 inputs: 20,004 papers read (12,000 new, 8,004 merged) in 15.3 s, 1,307
   * papers/s; 0 failed}.
   */
  String summaryLine(Duration elapsed) {
    double seconds = elapsed.toNanos() / 1e9;
    String counts =
        alreadyIngested == 0
            ? String.format(Locale.ROOT, "%,d new, %,d merged", newPapers, merged)
            : String.format(
                Locale.ROOT,
                "%,d new, %,d merged, %,d already ingested",
                newPapers,
                merged,
                alreadyIngested);
    return String.format(
        Locale.ROOT,
        "ingested %d input%s: %,d papers read (%s) in %.1f s, %,d papers/s; %d failed",
        ingested,
        ingested == 1 ? "" : "s",
        read,
        counts,
        seconds,
        seconds > 0 ? Math.round(read / seconds) : 0,
        failed);
  }
}
