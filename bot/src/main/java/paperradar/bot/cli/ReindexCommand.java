package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reindex}: rebuilds the search index from the store, which is the source of truth. */
@Command(name = "reindex", description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.openForReindex(root)) {
      long started = System.nanoTime();
      var rebuilt = services.core().indexCatchUp().rebuild(services.store()::papers);
      out.printf(
          "reindexed %d papers in %d ms; the index was %d changes behind the store%n",
          services.index().size(), (System.nanoTime() - started) / 1_000_000, rebuilt.wasBehind());
      services.core().matching().matchPending();
    }
    out.flush();
    return ExitCodes.OK;
  }
}
