package paperradar.core.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import paperradar.core.model.Paper;
import paperradar.core.search.PaperAnalyzers;
import paperradar.core.search.PaperDocuments;
import paperradar.core.search.QueryReader;

/**
 * Lucene Monitor over the channels' topics, in memory: which topics does each new paper match? It
 * stores nothing; {@link TopicMatchRecorder} feeds it the stored topics and records what it finds.
 *
 * <p>Topics are read as search reads queries and papers are analyzed as the index analyzes them, so
 * a topic matches a paper exactly when searching for it would find that paper. The multipass
 * term-filtered presearcher indexes each topic by its terms (two passes for conjunctions), so a
 * paper is run against only the topics that share its terms.
 */
public final class TopicMonitor implements AutoCloseable {

  /**
   * Papers matched per batch: one in-memory index of this many documents at a time. A batch runs
   * every topic that any of its papers selects, so a large batch runs many topics against papers
   * they cannot match. At 100k topics on two cores, 1,000 papers took 1.0 to 1.3 s in batches of 20
   * and 1.5 to 1.6 s in batches of 100.
   */
  static final int BATCH = 20;

  private final Monitor monitor;
  private final QueryReader queries;

  private TopicMonitor(Monitor monitor, QueryReader queries) {
    this.monitor = monitor;
    this.queries = queries;
  }

  public static TopicMonitor inMemory() {
    try {
      var analyzer = PaperAnalyzers.perField();
      return new TopicMonitor(
          new Monitor(analyzer, new MultipassTermFilteredPresearcher(2), new SerialMerges()),
          new QueryReader(analyzer));
    } catch (IOException e) {
      throw new UncheckedIOException("starting the topic monitor failed", e);
    }
  }

  /**
   * @throws paperradar.core.search.QueryException when the topic is not a query
   */
  public void register(long topicId, String query) {
    registerAll(Map.of(topicId, query));
  }

  /** Registers many topics at once, much faster than one by one; none when any is not a query. */
  public void registerAll(Map<Long, String> topics) {
    List<MonitorQuery> parsed = new ArrayList<>(topics.size());
    topics.forEach(
        (id, query) ->
            parsed.add(
                new MonitorQuery(
                    Long.toString(id), queries.readForMatching(query), query, Map.of())));
    try {
      monitor.register(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("registering topics failed", e);
    }
  }

  public void unregister(long topicId) {
    try {
      monitor.deleteById(Long.toString(topicId));
    } catch (IOException e) {
      throw new UncheckedIOException("removing topic " + topicId + " failed", e);
    }
  }

  public long topicCount() {
    try {
      return monitor.getQueryCount();
    } catch (IOException e) {
      throw new UncheckedIOException("counting topics failed", e);
    }
  }

  /**
   * Paper id to the ids of the topics it matches; papers that match none are left out. Batches are
   * matched in parallel on the common pool: Monitor answers concurrent matches, and nearly all of
   * the time goes to running the candidate topics, which the presearcher has already narrowed to
   * (almost only) the true matches, so more cores is the remaining lever.
   */
  public Map<Long, Set<Long>> match(List<Paper> papers) {
    Map<Long, Set<Long>> matches = new ConcurrentHashMap<>();
    IntStream.range(0, (papers.size() + BATCH - 1) / BATCH)
        .parallel()
        .forEach(
            batch ->
                matchBatch(
                    papers.subList(batch * BATCH, Math.min(papers.size(), (batch + 1) * BATCH)),
                    matches));
    return new HashMap<>(matches);
  }

  private void matchBatch(List<Paper> batch, Map<Long, Set<Long>> matches) {
    Document[] docs = batch.stream().map(PaperDocuments::forMatching).toArray(Document[]::new);
    MultiMatchingQueries<QueryMatch> found;
    try {
      found = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("matching papers against topics failed", e);
    }
    for (int i = 0; i < docs.length; i++) {
      var hits = found.getMatches(i);
      if (hits != null && !hits.isEmpty()) {
        Set<Long> topicIds = new TreeSet<>();
        hits.forEach(hit -> topicIds.add(Long.parseLong(hit.getQueryId())));
        matches.put(batch.get(i).id(), topicIds);
      }
    }
  }

  /**
   * Monitor's own query-index settings, but merges run in the thread that registers topics: in the
   * background they went on long after a large registration and took a core from the matching that
   * followed (on two cores, 1.1 s against 2.6 s for the same 1,000 papers against 100k topics).
   */
  private static final class SerialMerges extends MonitorConfiguration {
    @Override
    protected IndexWriterConfig getIndexWriterConfig() {
      return super.getIndexWriterConfig().setMergeScheduler(new SerialMergeScheduler());
    }
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the topic monitor failed", e);
    }
  }
}
