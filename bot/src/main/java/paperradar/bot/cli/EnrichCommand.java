package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperradar.core.enrich.EnrichReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code enrich}: completes papers from the arXiv API, by exact title or by id. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description =
        "Complete papers from the arXiv API (arxiv.apiUrl): papers without an arXiv id by their exact "
            + "title, papers without authors, abstract or date by their id. One request every 3 s at most.")
final class EnrichCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Look up at most this many papers (default: 1000).")
  int limit;

  @Override
  public Integer call() throws InterruptedException {
    if (limit < 1) {
      spec.commandLine().getErr().println("error: --limit must be at least 1, not " + limit);
      return ExitCodes.REFUSED;
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.open(root)) {
      EnrichReport report = services.enricher().enrich(limit);
      out.printf(
          "titles: %d of %d resolved; ids: %d of %d filled%n",
          report.resolvedByTitle(),
          report.titlesLookedUp(),
          report.filledById(),
          report.idsLookedUp());
      if (report.unreachable()) {
        spec.commandLine()
            .getErr()
            .println(
                "error: the arXiv API ("
                    + services.settings().arxiv().apiUrl()
                    + ") cannot be reached; nothing more was looked up");
        return ExitCodes.FAILURE;
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
