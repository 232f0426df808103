package paperradar.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperradar.bench.core.IngestBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paper-radar-bench}: the benchmarks anyone can run; each prints a Markdown table row. */
@Command(
    name = "paper-radar-bench",
    mixinStandardHelpOptions = true,
    version = "paper-radar-bench 0.1.0",
    description = "Run a benchmark and print its results.",
    subcommands = {
      BenchCommand.Ingest.class,
      SearchBenchCommand.class,
      TopicBenchCommand.class,
      EmbedBenchCommand.class,
      BenchAllCommand.class,
      CommandLine.HelpCommand.class
    })
final class BenchCommand {

  static CommandLine commandLine() {
    return new CommandLine(new BenchCommand());
  }

  /** {@code bench ingest}: parse-only and end-to-end ingest throughput. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Ingest throughput: parse only, the index alone, the least any store and index could"
              + " cost (one-table H2, one-field Lucene), and end to end into H2 with the index.")
  static final class Ingest implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--papers",
        defaultValue = "20000",
        description = "Papers to ingest (default ${DEFAULT-VALUE}).")
    int papers;

    @Option(
        names = "--postgres",
        defaultValue = "${env:PAPERRADAR_BENCH_POSTGRES_URL}",
        paramLabel = "JDBC_URL",
        description = "Also ingest end to end into a scratch schema of this PostgreSQL.")
    String postgresUrl;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      IngestBench.Result result = IngestBench.run(papers, postgresUrl);
      out.println("| measure | papers | papers/s | cost over the parse |");
      out.println("|---|---|---|---|");
      out.printf(
          "| ingest, parse only (arXiv Atom) | %,d | %,.0f | 1× |%n",
          result.papers(), result.parsePapersPerSecond());
      out.printf(
          "| ingest, index only (no parse, store or feed), searchable after each listing of 500 | %,d | %,.0f | %.1f× |%n",
          result.papers(),
          result.indexOnly().searchableEachListing(),
          result.costOverParse(result.indexOnly().searchableEachListing()));
      out.printf(
          "| ingest, index only (no parse, store or feed), searchable once at the end | %,d | %,.0f | %.1f× |%n",
          result.papers(),
          result.indexOnly().searchableOnce(),
          result.costOverParse(result.indexOnly().searchableOnce()));
      IngestBench.Floor floor = result.floor();
      out.printf(
          "| ingest, floor: a one-field Lucene index alone, fed from two threads (no parse, store or feed) | %,d | %,.0f | %.1f× |%n",
          result.papers(), floor.indexAlone(), result.costOverParse(floor.indexAlone()));
      out.printf(
          "| ingest, floor: a one-table H2 store alone (no parse, index or feed) | %,d | %,.0f | %.1f× |%n",
          result.papers(), floor.storeAlone(), result.costOverParse(floor.storeAlone()));
      out.printf(
          "| ingest, floor: that store and that index at once, the store on a third thread (no parse) | %,d | %,.0f | %.1f× |%n",
          result.papers(), floor.bothAtOnce(), result.costOverParse(floor.bothAtOnce()));
      endToEndRows(out, "H2", result, result.h2());
      if (result.postgres() == null) {
        out.println(
            "| ingest, end to end into PostgreSQL + index + topic matching | – | not run (no --postgres) | – |");
      } else {
        endToEndRows(out, "PostgreSQL", result, result.postgres());
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static void endToEndRows(
        PrintWriter out, String database, IngestBench.Result result, IngestBench.EndToEnd run) {
      out.printf(
          "| ingest, end to end into %s + index + topic matching, one listing at a time | %,d | %,.0f | %.1f× |%n",
          database, result.papers(), run.oneAtATime(), result.costOverParse(run.oneAtATime()));
      out.printf(
          "| ingest, end to end into %s + index + topic matching, as one `ingest FILE...` | %,d | %,.0f | %.1f× |%n",
          database, result.papers(), run.asOneCommand(), result.costOverParse(run.asOneCommand()));
    }
  }
}
