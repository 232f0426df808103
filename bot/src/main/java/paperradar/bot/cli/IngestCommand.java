package paperradar.bot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import paperradar.core.ingest.InputUnavailableException;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.ListingInput;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.pipeline.IngestBatch;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.pipeline.IngestProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ingest}: reads listings from files or URLs into the store, one line of summary per input,
 * and a total after several inputs or a large one. A progress bar on stderr shows how storing each
 * input goes.
 */
@Command(name = "ingest", description = "Ingest paper listings from files or URLs.")
final class IngestCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "The day the listings were captured: dates without a year resolve against it, and without "
              + "--at the capture is stamped at its start (00:00 UTC) (default: today, stamped now).")
  LocalDate asOf;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "When the listings were captured, exactly, as an ISO-8601 instant such as "
              + "2026-11-22T08:30:00Z (default: now, or the start of --as-of).")
  Instant at;

  @Option(
      names = "--format",
      paramLabel = "NAME",
      converter = ListingFormatConverter.class,
      description = "Force a format instead of detecting it: ${COMPLETION-CANDIDATES}.",
      completionCandidates = ListingFormatConverter.Names.class)
  ListingFormat format;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on stderr while each input is stored (default: when stderr is a "
              + "terminal); --no-progress hides it.")
  Boolean progress;

  @Parameters(
      paramLabel = "PATH_OR_URL",
      arity = "1..*",
      description = "Listing files or http(s) URLs.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestTotals totals = new IngestTotals();
    long start = System.nanoTime();
    try (Services services = Services.open(root);
        // Each input's index and topic catch-up runs behind the next input's store; closing the
        // batch waits for the last, so the command ends with everything searchable.
        IngestBatch batch = services.ingestor().batch()) {
      Instant capturedAt = captureTime(services.clock());
      LocalDate captureDate = asOf != null ? asOf : LocalDate.ofInstant(capturedAt, ZoneOffset.UTC);
      for (String input : inputs) {
        try {
          IngestOutcome outcome = ingest(services, batch, input, captureDate, capturedAt, err);
          out.println(outcome.summaryLine());
          totals.add(outcome);
        } catch (ListingParseException | InputUnavailableException e) {
          err.println("error: " + e.getMessage());
          totals.addFailure();
        } catch (OutOfMemoryError e) {
          // The last resort: the input's bytes and entries are unreachable once ingest() has
          // thrown, so one line can still be printed; the transaction was rolled back, nothing of
          // the input is stored.
          err.println(tooLarge(input));
          totals.addFailure();
        }
        out.flush();
        err.flush();
      }
    }
    if (totals.worthALine()) {
      out.println(totals.summaryLine(Duration.ofNanos(System.nanoTime() - start)));
    }
    return totals.anyFailed() ? ExitCodes.REFUSED : ExitCodes.OK;
  }

  /** The one line for an input that does not fit the heap: what happened and what to do. */
  static String tooLarge(String input) {
    long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "error: "
        + input
        + ": too large to ingest in this JVM's "
        + maxMb
        + " MB heap; nothing of it was "
        + "stored. Split the listing, or give the JVM more memory (PAPERRADAR_JAVA_OPTS=-Xmx…)";
  }

  /**
   * The capture's stamp: {@code --at} exactly; else the start of the {@code --as-of} day, as a
   * capture of that day has always been stamped; else the clock, so that two captures of one day
   * keep their order and gain.
   */
  private Instant captureTime(Clock clock) {
    if (at != null) {
      return at;
    }
    return asOf != null ? asOf.atStartOfDay(ZoneOffset.UTC).toInstant() : clock.instant();
  }

  private IngestOutcome ingest(
      Services services,
      IngestBatch batch,
      String input,
      LocalDate captureDate,
      Instant capturedAt,
      PrintWriter err)
      throws ListingParseException, InputUnavailableException {
    Optional<ListingFormat> forced = Optional.ofNullable(format);
    // A large listing is parsed while it is stored, read from the file (or a download of the URL).
    try (ListingInput listing = services.inputLoader().open(input)) {
      if (!showProgress()) {
        return batch.ingest(listing, captureDate, capturedAt, forced, IngestProgress.NONE);
      }
      ProgressBar bar = new ProgressBar(err, input);
      try {
        return batch.ingest(listing, captureDate, capturedAt, forced, bar);
      } finally {
        bar.clear();
      }
    }
  }

  /**
   * A bar only where someone watches it, unless asked: in a file or a pipe it would be noise. The
   * JVM gives a console only to a process in a terminal.
   */
  private boolean showProgress() {
    return progress != null ? progress : System.console() != null;
  }
}
