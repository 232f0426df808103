package paperradar.core.topics;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.PaperListener;
import paperradar.core.search.QueryException;
import paperradar.core.subscribe.Topic;
import paperradar.core.subscribe.TopicListener;
import paperradar.core.subscribe.TopicStore;

/**
 * Matches every ingest's new papers against every stored topic and records the matches in the topic
 * store: the listener that keeps a {@link TopicMonitor} in step with the store and writes down what it finds.
 *
 * <p>The monitor's queries are rebuilt from the store at start. Before each match it catches up with
 * topics other processes added or removed (in cluster mode they share the store, not the monitor).
 */
public final class TopicMatchRecorder implements PaperListener, TopicListener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicMatchRecorder.class);

  private final TopicStore topics;
  private final TopicMonitor monitor;
  private final Clock clock;
  private final Set<Long> registered = new HashSet<>();

  private TopicMatchRecorder(TopicStore topics, TopicMonitor monitor, Clock clock) {
    this.topics = topics;
    this.monitor = monitor;
    this.clock = clock;
  }

  /** A recorder whose monitor holds every stored topic. */
  public static TopicMatchRecorder start(TopicStore topics, Clock clock) {
    TopicMatchRecorder recorder = new TopicMatchRecorder(topics, TopicMonitor.inMemory(), clock);
    recorder.catchUp();
    return recorder;
  }

  @Override
  public synchronized void papersChanged(List<Paper> changed, List<Long> newPaperIds) {
    if (newPaperIds.isEmpty()) {
      return;
    }
    catchUp();
    Set<Long> fresh = new HashSet<>(newPaperIds);
    List<Paper> papers = changed.stream().filter(paper -> fresh.contains(paper.id())).toList();
    Map<Long, Set<Long>> matches = monitor.match(papers);
    if (!matches.isEmpty()) {
      topics.recordMatches(matches, clock.instant());
    }
  }

  @Override
  public synchronized void subscribed(Topic topic) {
    register(topic.id(), topic.query());
  }

  @Override
  public synchronized void unsubscribed(Topic topic) {
    monitor.unregister(topic.id());
    registered.remove(topic.id());
  }

  /**
   * Registers topics stored since the last look and drops those removed. It runs before every match, so
   * it reads only the ids, and the topics themselves only when some are new.
   */
  private void catchUp() {
    Set<Long> stored = topics.topicIds();
    for (Long gone : Set.copyOf(registered)) {
      if (!stored.contains(gone)) {
        monitor.unregister(gone);
        registered.remove(gone);
      }
    }
    if (registered.containsAll(stored)) {
      return;
    }
    Map<Long, String> added = new HashMap<>();
    for (Topic topic : topics.allTopics()) {
      if (!registered.contains(topic.id())) {
        added.put(topic.id(), topic.query());
      }
    }
    if (!added.isEmpty()) {
      registerAll(added);
    }
  }

  private void registerAll(Map<Long, String> added) {
    try {
      monitor.registerAll(added);
      registered.addAll(added.keySet());
    } catch (QueryException e) {
      // One unreadable topic (stored by an older version, say) must not stop the others.
      added.forEach((id, query) -> register(id, query));
    }
  }

  private void register(long topicId, String query) {
    try {
      monitor.register(topicId, query);
      registered.add(topicId);
    } catch (QueryException e) {
      log.warn("topic {} cannot be matched: {}", topicId, e.getMessage());
    }
  }

  @Override
  public void close() {
    monitor.close();
  }
}
