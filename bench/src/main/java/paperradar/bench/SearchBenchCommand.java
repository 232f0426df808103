package paperradar.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import paperradar.bench.core.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench search}: search latency against PostgreSQL full-text search on the same corpus. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search latency p50/p99 on a generated corpus, beside PostgreSQL FTS.")
final class SearchBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--papers",
      split = ",",
      defaultValue = "100000",
      description = "Corpus sizes, comma-separated (default ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      description = "Queries measured (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--postgres-queries",
      defaultValue = "200",
      description =
          "Of those, how many PostgreSQL runs: at 1M papers one takes about a second "
              + "(default ${DEFAULT-VALUE}).")
  int postgresQueries;

  @Option(
      names = "--postgres",
      defaultValue = "${env:PAPERRADAR_BENCH_POSTGRES_URL}",
      description =
          "PostgreSQL JDBC URL for the peer measurement (env PAPERRADAR_BENCH_POSTGRES_URL).")
  String postgresUrl;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "| papers | index build | index size | heap after GC | Lucene p50 | Lucene p99 | PostgreSQL p50 "
            + "| PostgreSQL p99 | p99 ratio |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    out.flush();
    for (int papers : sizes) {
      SearchBench.Result r = SearchBench.run(papers, queries, postgresQueries, postgresUrl);
      String pg50 =
          r.postgres() == null ? "not run" : "%.2f ms".formatted(r.postgres().p50Millis());
      String pg99 =
          r.postgres() == null ? "not run" : "%.2f ms".formatted(r.postgres().p99Millis());
      String ratio =
          r.postgres() == null
              ? "–"
              : "%.1f×".formatted(r.postgres().p99Millis() / r.lucene().p99Millis());
      out.printf(
          "| %,d | %.1f s | %,d MB | %,d MB | %.2f ms | %.2f ms | %s | %s | %s |%n",
          r.papers(),
          r.indexSeconds(),
          r.indexBytes() >> 20,
          r.heapBytes() >> 20,
          r.lucene().p50Millis(),
          r.lucene().p99Millis(),
          pg50,
          pg99,
          ratio);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
