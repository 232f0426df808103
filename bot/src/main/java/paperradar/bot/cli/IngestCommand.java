package paperradar.bot.cli;

import java.io.PrintWriter;
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

/** {@code ingest}: reads listings from files or URLs into the store, one line of summary per input. */
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

  @Parameters(paramLabel = "PATH_OR_URL", arity = "1..*", description = "Listing files or http(s) URLs.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    try (Services services = Services.open(root)) {
      LocalDate captureDate = asOf != null ? asOf : LocalDate.now(services.clock());
      for (String input : inputs) {
        try {
          byte[] bytes = services.inputLoader().load(input);
          IngestOutcome outcome =
              services.ingestor().ingest(input, bytes, captureDate, Optional.ofNullable(format));
          out.println(outcome.summaryLine());
        } catch (ListingParseException e) {
          err.println("error: " + e.getMessage());
          failures++;
        } catch (InputUnavailableException e) {
          err.println("error: " + e.getMessage());
          failures++;
        }
        out.flush();
        err.flush();
      }
    }
    return failures == 0 ? ExitCodes.OK : ExitCodes.REFUSED;
  }
}
