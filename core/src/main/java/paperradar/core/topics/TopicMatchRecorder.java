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
import paperradar.core.search.QueryException;
import paperradar.core.store.Change;
import paperradar.core.store.ChangeFeed;
import paperradar.core.store.Transaction;
import paperradar.core.subscribe.Topic;
import paperradar.core.subscribe.TopicListener;
import paperradar.core.subscribe.TopicStore;

/**
 * Matches every change of the store's change feed against every stored topic and records the
 * matches in the topic store, exactly once cluster-wide: {@link #matchPending} claims the feed's
 * topic-matching cursor (a row lock, so one process at a time), matches the changes after it, and
 * records the matches and moves the cursor in one transaction. Whichever process runs next picks up
 * where the last commit left off, so a change is matched even when the process that stored it died
 * right after its commit.
 *
 * <p>The monitor's queries are rebuilt from the store at start. Before each match it catches up
 * with topics other processes added or removed (in cluster mode they share the store, not the
 * monitor).
 */
public final class TopicMatchRecorder implements TopicListener, AutoCloseable {

  /** Changes matched per transaction of the cursor. */
  static final int BATCH = 2_000;

  private static final Logger log = LoggerFactory.getLogger(TopicMatchRecorder.class);

  private final TopicStore topics;
  private final ChangeFeed feed;
  private final TopicMonitor monitor;
  private final Clock clock;
  private final Set<Long> registered = new HashSet<>();

  private TopicMatchRecorder(
      TopicStore topics, ChangeFeed feed, TopicMonitor monitor, Clock clock) {
    this.topics = topics;
    this.feed = feed;
    this.monitor = monitor;
    this.clock = clock;
  }

  /** A recorder whose monitor holds every stored topic. */
  public static TopicMatchRecorder start(TopicStore topics, ChangeFeed feed, Clock clock) {
    TopicMatchRecorder recorder =
        new TopicMatchRecorder(topics, feed, TopicMonitor.inMemory(), clock);
    recorder.catchUp();
    return recorder;
  }

  /**
   * Matches every change after the cluster's topic-matching cursor, batch by batch, each batch's
   * matches recorded in the transaction that moves the cursor past it. Another process doing the
   * same waits for the cursor's lock and then finds the changes matched.
   *
   * @return how many changes this call matched
   */
  public long matchPending() {
    long matched = 0;
    int batch;
    do {
      batch = feed.advance(ChangeFeed.TOPIC_MATCHING, BATCH, matchingWork);
      matched += batch;
    } while (batch > 0);
    return matched;
  }

  /** How many change numbers topic matching is behind the store, cluster-wide. */
  public long lag() {
    return Math.max(0, feed.lastSequence() - feed.cursor(ChangeFeed.TOPIC_MATCHING));
  }

  /**
   * A batch's work under the claimed cursor. With no topic registered (asked once the cursor is
   * claimed, as the match itself would), the papers are not even read: the cursor moves past them.
   */
  private final ChangeFeed.CursorWork matchingWork =
      new ChangeFeed.CursorWork() {
        @Override
        public boolean needsPapers() {
          return hasTopics();
        }

        @Override
        public void apply(List<Change> changes, Transaction transaction) {
          Map<Long, Set<Long>> matches = match(changes.stream().map(Change::paper).toList());
          if (!matches.isEmpty()) {
            topics.recordMatches(transaction, matches, clock.instant());
          }
        }
      };

  private synchronized boolean hasTopics() {
    catchUp();
    return !registered.isEmpty();
  }

  /**
   * Matches a batch against the registered topics. The topics were brought up to the store by
   * {@link #hasTopics}, which the feed asks under the same claimed cursor just before.
   */
  private synchronized Map<Long, Set<Long>> match(List<Paper> papers) {
    if (registered.isEmpty()) {
      // Every topic was removed since: analyzing the papers for the monitor would find nothing.
      return Map.of();
    }
    return monitor.match(papers);
  }

  @Override
  public synchronized void subscribed(Topic topic) {
    if (topic.isSemantic()) {
      // Matched by meaning when papers are embedded (SemanticTopicMatcher), not by the monitor.
      registered.add(topic.id());
      return;
    }
    register(topic.id(), topic.query());
  }

  @Override
  public synchronized void unsubscribed(Topic topic) {
    monitor.unregister(topic.id());
    registered.remove(topic.id());
  }

  /**
   * Registers topics stored since the last look and drops those removed. It runs before every
   * match, so it reads only the ids, and the topics themselves only when some are new.
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
      if (topic.isSemantic()) {
        // Matched by meaning when papers are embedded (SemanticTopicMatcher), not by the monitor.
        registered.add(topic.id());
      } else if (!registered.contains(topic.id())) {
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
