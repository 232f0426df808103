package paperradar.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import paperradar.bench.core.EmbedBench;
import paperradar.bench.core.ForYouBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench embed}: papers embedded per second by MiniLM in the JVM, and {@code similar}'s
 * latency.
 */
@Command(
    name = "embed",
    description =
        "Papers embedded per second (all-MiniLM-L6-v2 in the JVM) and the "
            + "latency of similar on an HNSW index.")
final class EmbedBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--papers",
      defaultValue = "500",
      description = "Papers embedded (default ${DEFAULT-VALUE}); 0 skips it.")
  int papers;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1",
      description =
          "Threads a batch is spread over, comma-separated to compare (default ${DEFAULT-VALUE}, as the "
              + "product).")
  List<Integer> threads;

  @Option(
      names = "--similar-papers",
      defaultValue = "100000",
      description = "Papers in the index similar runs on (default ${DEFAULT-VALUE}); 0 skips it.")
  int similarPapers;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      description = "similar queries measured (default " + "${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--feed-papers",
      defaultValue = "300",
      description =
          "Papers ingested into a core and embedded through its change feed (default "
              + "${DEFAULT-VALUE}); 0 skips it.")
  int feedPapers;

  @Option(
      names = "--for-you-channels",
      defaultValue = "10000",
      description =
          "Channels whose digests are composed with For you off, then on (default "
              + "${DEFAULT-VALUE}); 0 skips it.")
  int forYouChannels;

  @Option(
      names = "--for-you-papers",
      defaultValue = "1000",
      description = "New papers of the day in the For you sweep (default ${DEFAULT-VALUE}).")
  int forYouPapers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println("| measure | papers | threads | result |");
    out.println("|---|---|---|---|");
    out.flush();
    for (int count : papers > 0 ? threads : List.<Integer>of()) {
      EmbedBench.Throughput t = EmbedBench.throughput(papers, count);
      out.printf(
          "| embed (all-MiniLM-L6-v2) | %,d | %d | %,.1f papers/s (model loaded in %.1f s) |%n",
          t.papers(), t.threads(), t.papersPerSecond(), t.loadSeconds());
      out.flush();
    }
    if (feedPapers > 0) {
      ForYouBench.Embedding e = ForYouBench.embedThroughTheFeed(feedPapers);
      out.printf(
          "| embed through the core (change feed, background embedder, vector index) | %,d | 1 |"
              + " %,.1f papers/s (%.1f s; model loaded in %.1f s) |%n",
          e.papers(), e.papersPerSecond(), e.seconds(), e.loadSeconds());
      out.flush();
    }
    if (forYouChannels > 0) {
      ForYouBench.Sweep s = ForYouBench.sweep(forYouChannels, forYouPapers);
      out.printf(
          "| digest sweep of %,d channels, For you off / on (%,d new papers) | %,d | 1 | %.1f s /"
              + " %.1f s (%.2f×); %.1f papers a digest without, %.1f For you papers added |%n",
          s.channels(),
          s.papers(),
          s.papers(),
          s.offSeconds(),
          s.onSeconds(),
          s.onSeconds() / s.offSeconds(),
          s.papersPerDigestOff(),
          s.forYouPerDigest());
      out.flush();
    }
    if (similarPapers > 0) {
      EmbedBench.SimilarLatency s = EmbedBench.similarLatency(similarPapers, queries, 42);
      out.printf(
          "| similar, HNSW over random unit vectors | %,d | 1 | p50 %.2f ms, p99 %.2f ms (index built in "
              + "%.0f s) |%n",
          s.papers(), s.latency().p50Millis(), s.latency().p99Millis(), s.indexSeconds());
      out.flush();
    }
    return ExitCodes.OK;
  }
}
