package paperradar.bench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.Paper;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.SearchRequest;

/**
 * Search latency on a generated corpus: Lucene on disk, and PostgreSQL full-text search on the same
 * corpus and the same query mix when a PostgreSQL URL is given. One query at a time, after a
 * warm-up.
 */
public final class SearchBench {

  /**
   * What one run measured.
   *
   * @param postgres PostgreSQL's latencies, or null when it was not run
   */
  public record Result(
      int papers,
      double indexSeconds,
      long indexBytes,
      long heapBytes,
      long rssBytes,
      Percentiles lucene,
      @Nullable Percentiles postgres) {}

  private SearchBench() {}

  /**
   * @param postgresQueries how many of the same queries PostgreSQL runs (the first ones of the mix)
   */
  public static Result run(int papers, int queries, int postgresQueries, String postgresUrl)
      throws IOException, SQLException {
    List<Paper> corpus = new CorpusGenerator(7).papers(papers);
    List<BenchQueries> mix = BenchQueries.mix(queries, 11);
    Path dir = Files.createTempDirectory("paper-radar-search-bench");
    try (PaperIndex index = PaperIndex.open(dir)) {
      long start = System.nanoTime();
      index.rebuild(corpus);
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      long indexBytes = size(dir);
      corpus = null;
      long heap = heapAfterGc();
      long rss = residentSetBytes();
      Percentiles lucene =
          measure(mix, q -> index.search(SearchRequest.of(q.lucene())).hits().size());
      Percentiles postgres = null;
      if (postgresUrl != null && !postgresUrl.isBlank()) {
        try (PostgresFullText pg = new PostgresFullText(postgresUrl)) {
          pg.load(new CorpusGenerator(7).papers(papers));
          postgres = measure(mix.subList(0, Math.min(postgresQueries, mix.size())), pg::search);
        }
      }
      return new Result(papers, indexSeconds, indexBytes, heap, rss, lucene, postgres);
    } finally {
      IngestBench.deleteTree(dir);
    }
  }

  /** Runs one query. */
  interface QueryRunner {
    int run(BenchQueries query) throws IOException, SQLException;
  }

  static Percentiles measure(List<BenchQueries> mix, QueryRunner runner)
      throws IOException, SQLException {
    for (int i = 0; i < Math.min(mix.size() / 4, 300); i++) {
      runner.run(mix.get(i));
    }
    long[] nanos = new long[mix.size()];
    for (int i = 0; i < mix.size(); i++) {
      long start = System.nanoTime();
      runner.run(mix.get(i));
      nanos[i] = System.nanoTime() - start;
    }
    return Percentiles.of(nanos);
  }

  static long heapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** The process' resident set (VmRSS) where Linux tells it; -1 elsewhere. */
  public static long residentSetBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
    }
  }
}
