package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import paperradar.core.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compact}: rewrites the embedded H2 file to its live size. H2 appends, so after large
 * ingests the file holds many times the data it serves; run this with the bot stopped (it needs the
 * directory's lock).
 */
@Command(
    name = "compact",
    description = {
      "Compact the embedded H2 database file to its live size (run it while the bot is stopped).",
      "PostgreSQL compacts itself (autovacuum); with --database-url this command does nothing."
    })
final class CompactCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (root.databaseUrl != null && !root.databaseUrl.isBlank()) {
      out.println(
          "nothing to compact: the database is "
              + (root.databaseUrl.startsWith("jdbc:postgresql:")
                  ? "PostgreSQL, which reclaims space itself (autovacuum)"
                  : "not the embedded one"));
      out.flush();
      return ExitCodes.OK;
    }
    long started = System.nanoTime();
    long[] sizes = Database.compactEmbedded(root.dataDir.toAbsolutePath().normalize());
    out.printf(
        Locale.ROOT,
        "compacted %s: %s -> %s in %d ms%n",
        root.dataDir,
        megabytes(sizes[0]),
        megabytes(sizes[1]),
        (System.nanoTime() - started) / 1_000_000);
    out.flush();
    return ExitCodes.OK;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
  }
}
