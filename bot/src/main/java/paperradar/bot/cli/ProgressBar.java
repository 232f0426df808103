package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.Locale;
import paperradar.core.pipeline.IngestProgress;

/**
 * One input's ingest progress on stderr, one line redrawn in place: {@code ingesting dump.json
 * [##########----------] 51% 10,240/20,000 papers 1,312/s}.
 */
final class ProgressBar implements IngestProgress {

  private static final int WIDTH = 20;

  private final PrintWriter err;
  private final String input;
  private final long startNanos = System.nanoTime();
  private int drawnLength;
  private Phase phase = Phase.STORING;
  private boolean estimated;

  ProgressBar(PrintWriter err, String input) {
    this.err = err;
    this.input = input;
  }

  @Override
  public void phase(Phase phase, long total) {
    this.phase = phase;
    switch (phase) {
      case PARSING -> draw(String.format(Locale.ROOT, "ingesting %s: reading the listing…", input));
      case STORING -> {
        estimated = total == ESTIMATED;
        update(0, Math.max(0, total));
      }
      case INDEXING ->
          draw(
              String.format(
                  Locale.ROOT,
                  "ingesting %s [%s] indexing %,d papers…",
                  input,
                  "#".repeat(WIDTH),
                  total));
    }
  }

  @Override
  public void update(long done, long total) {
    if (phase == Phase.INDEXING && done < total) {
      return;
    }
    boolean guessed = estimated && (done < total || total == 0);
    draw(line(input, done, total, guessed, System.nanoTime() - startNanos));
  }

  private void draw(String line) {
    // Blanks cover whatever a longer line before left behind (the rate can shrink).
    err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
    err.flush();
    drawnLength = line.length();
  }

  /** Erases the bar, so that the summary line or the error that follows starts on a clean line. */
  void clear() {
    if (drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      drawnLength = 0;
    }
  }

  static String line(String input, long done, long total, long elapsedNanos) {
    return line(input, done, total, false, elapsedNanos);
  }

  /**
   * As above; an {@code estimated} total (a listing parsed while it is stored, its count judged
   * from the share of its bytes read) is shown as {@code ~20,000}, and 0 as not known yet.
   */
  static String line(String input, long done, long total, boolean estimated, long elapsedNanos) {
    if (estimated && total == 0) {
      return String.format(Locale.ROOT, "ingesting %s: %,d papers stored…", input, done);
    }
    int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
    long percent = total == 0 ? 100 : done * 100 / total;
    String line =
        String.format(
            Locale.ROOT,
            "ingesting %s [%s%s] %d%% %,d/%s%,d papers",
            input,
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            percent,
            done,
            estimated ? "~" : "",
            total);
    return elapsedNanos > 0
        ? line + String.format(Locale.ROOT, " %,d/s", done * 1_000_000_000L / elapsedNanos)
        : line;
  }
}
