package paperradar.bot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import paperradar.core.ingest.InputUnavailableException;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.pipeline.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest}: reads listings from files or URLs into the store, one line of summary per input, and a
 * total after several inputs or a large one. A progress bar on stderr shows how storing each input goes.
 */
@Command(name = "ingest", description = "Ingest paper listings from files or URLs.")
final class IngestCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The listings' capture date; dates without a year resolve against it (default: today).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "NAME", converter = ListingFormatConverter.class,
      description = "Force a format instead of detecting it: ${COMPLETION-CANDIDATES}.",
      completionCandidates = ListingFormatConverter.Names.class)
  ListingFormat format;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on stderr while each input is stored (default: when stderr is a "
          + "terminal); --no-progress hides it.")
  Boolean progress;

  @Parameters(paramLabel = "PATH_OR_URL", arity = "1..*", description = "Listing files or http(s) URLs.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestTotals totals = new IngestTotals();
    long start = System.nanoTime();
    try (Services services = Services.open(root)) {
      LocalDate captureDate = asOf != null ? asOf : LocalDate.now(services.clock());
      for (String input : inputs) {
        try {
          IngestOutcome outcome = ingest(services, input, captureDate, err);
          out.println(outcome.summaryLine());
          totals.add(outcome);
        } catch (ListingParseException | InputUnavailableException e) {
          err.println("error: " + e.getMessage());
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

  private IngestOutcome ingest(Services services, String input, LocalDate captureDate, PrintWriter err)
      throws ListingParseException, InputUnavailableException {
    byte[] bytes = services.inputLoader().load(input);
    if (!showProgress()) {
      return services.ingestor().ingest(input, bytes, captureDate, Optional.ofNullable(format));
    }
    ProgressBar bar = new ProgressBar(err, input);
    try {
      return services.ingestor().ingest(input, bytes, captureDate, Optional.ofNullable(format), bar);
    } finally {
      bar.clear();
    }
  }

  /**
   * A bar only where someone watches it, unless asked: in a file or a pipe it would be noise. The JVM gives
   * a console only to a process in a terminal.
   */
  private boolean showProgress() {
    return progress != null ? progress : System.console() != null;
  }
}
