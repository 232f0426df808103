package paperradar.bench.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import paperradar.core.model.Paper;
import paperradar.core.search.PaperAnalyzers;
import paperradar.core.search.PaperDocuments;
import paperradar.core.search.QueryReader;
import paperradar.core.topics.TopicMonitor;

/**
 * Topic matching with Lucene Monitor beside brute force: every topic query run against every paper
 * in its own in-memory index. Brute force over all papers would take many minutes at 100k topics,
 * so it runs over a sample of the papers and is scaled to 1,000; both must find the same matches on
 * the sample.
 */
public final class TopicMatchBench {

  /**
   * @param bruteMillisPer1000 brute force's time, scaled from {@code sampledPapers} to 1,000 papers
   * @param mismatches papers of the sample whose matches differ between the two (must be 0)
   */
  public record Result(
      int topics,
      int papers,
      long registerMillis,
      double monitorMillisPer1000,
      double bruteMillisPer1000,
      int sampledPapers,
      long matchesFound,
      int mismatches) {

    public double speedup() {
      return bruteMillisPer1000 / monitorMillisPer1000;
    }
  }

  /** Timed runs over the same papers; the median is reported. */
  private static final int TIMED_RUNS = 3;

  private TopicMatchBench() {}

  public static Result run(int topicCount, int paperCount, long seed) {
    TopicCorpus corpus = new TopicCorpus(seed);
    // Twice the papers: the first half warms the JIT up, as a running bot's earlier ingests have.
    List<Paper> all = corpus.papers(paperCount * 2);
    List<Paper> warmUp = all.subList(0, paperCount);
    List<Paper> papers = all.subList(paperCount, all.size());
    Map<Long, String> topics = corpus.topics(topicCount);
    try (TopicMonitor matcher = TopicMonitor.inMemory()) {
      long started = System.nanoTime();
      matcher.registerAll(topics);
      long registerMillis = (System.nanoTime() - started) / 1_000_000;

      matcher.match(warmUp);
      Map<Long, Set<Long>> monitored = null;
      double[] runs = new double[TIMED_RUNS];
      for (int run = 0; run < TIMED_RUNS; run++) {
        started = System.nanoTime();
        monitored = matcher.match(papers);
        runs[run] = (System.nanoTime() - started) / 1e6;
      }
      Objects.requireNonNull(monitored, "TIMED_RUNS > 0");
      Arrays.sort(runs);
      double monitorMillis = runs[TIMED_RUNS / 2];

      int sample = Math.min(paperCount, Math.max(20, (int) (1_000L * 1_000 / topicCount)));
      List<Paper> sampled = papers.subList(0, sample);
      Analyzer analyzer = PaperAnalyzers.perField();
      QueryReader reader = new QueryReader(analyzer);
      Map<Long, Query> queries = new HashMap<>();
      topics.forEach((id, text) -> queries.put(id, reader.readForMatching(text)));
      // Brute force gets a warm-up too, on papers it is not timed on.
      bruteForce(warmUp.subList(0, Math.min(warmUp.size(), 4)), queries, analyzer);
      started = System.nanoTime();
      Map<Long, Set<Long>> brute = bruteForce(sampled, queries, analyzer);
      double bruteMillis = (System.nanoTime() - started) / 1e6;

      int mismatches = 0;
      for (Paper paper : sampled) {
        if (!monitored
            .getOrDefault(paper.id(), Set.of())
            .equals(brute.getOrDefault(paper.id(), Set.of()))) {
          mismatches++;
        }
      }
      long found = monitored.values().stream().mapToLong(Set::size).sum();
      return new Result(
          topicCount,
          paperCount,
          registerMillis,
          monitorMillis * 1_000 / paperCount,
          bruteMillis * 1_000 / sample,
          sample,
          found,
          mismatches);
    }
  }

  /**
   * Every topic against every paper, papers in parallel on the common pool as the monitor's batches
   * are, so that the speed-up measures the presearcher, not the cores.
   */
  static Map<Long, Set<Long>> bruteForce(
      List<Paper> papers, Map<Long, Query> queries, Analyzer analyzer) {
    Map<Long, Set<Long>> matches = new ConcurrentHashMap<>();
    papers.parallelStream()
        .forEach(
            paper -> {
              MemoryIndex index =
                  MemoryIndex.fromDocument(PaperDocuments.forMatching(paper), analyzer);
              Set<Long> matched = new TreeSet<>();
              queries.forEach(
                  (id, query) -> {
                    if (index.search(query) > 0) {
                      matched.add(id);
                    }
                  });
              if (!matched.isEmpty()) {
                matches.put(paper.id(), matched);
              }
            });
    return new HashMap<>(matches);
  }

  /** The rows of the benchmark table. */
  public static List<String> tableRows(List<Result> results) {
    List<String> rows = new ArrayList<>();
    rows.add(
        "| topics | papers | register | Monitor, per 1,000 papers | brute force, per 1,000 papers (sampled) "
            + "| speed-up | matches | mismatches |");
    rows.add("|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      rows.add(
          "| %,d | %,d | %.1f s | %,.0f ms | %,.0f ms (%d papers) | %,.0f× | %,d | %d |"
              .formatted(
                  r.topics(),
                  r.papers(),
                  r.registerMillis() / 1000.0,
                  r.monitorMillisPer1000(),
                  r.bruteMillisPer1000(),
                  r.sampledPapers(),
                  r.speedup(),
                  r.matchesFound(),
                  r.mismatches()));
    }
    return rows;
  }
}
