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
 * Matches every ingest's new papers against every stored topic and records the matches.
 *
 * <p>The monitor's queries are rebuilt from the store at start. Before each match it catches up with
 * topics other processes added or removed (in cluster mode they share the store, not the monitor).
 */
public final class TopicMatching implements PaperListener, TopicListener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicMatching.class);

  private final TopicStore topics;
  private final TopicMatcher matcher;
  private final Clock clock;
  private final Set<Long> registered = new HashSet<>();

  private TopicMatching(TopicStore topics, TopicMatcher matcher, Clock clock) {
    this.topics = topics;
    this.matcher = matcher;
    this.clock = clock;
  }

  /** A matcher holding every stored topic. */
  public static TopicMatching start(TopicStore topics, Clock clock) {
    TopicMatching matching = new TopicMatching(topics, TopicMatcher.inMemory(), clock);
    matching.catchUp();
    return matching;
  }

  @Override
  public synchronized void papersChanged(List<Paper> changed, List<Long> newPaperIds) {
    if (newPaperIds.isEmpty()) {
      return;
    }
    catchUp();
    Set<Long> fresh = new HashSet<>(newPaperIds);
    List<Paper> papers = changed.stream().filter(paper -> fresh.contains(paper.id())).toList();
    Map<Long, Set<Long>> matches = matcher.match(papers);
    if (!matches.isEmpty()) {
      topics.recordMatches(matches, clock.instant());
    }
  }

  @Override
  public synchronized void subscribed(Topic topic) {
    register(topic);
  }

  @Override
  public synchronized void unsubscribed(Topic topic) {
    matcher.unregister(topic.id());
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
        matcher.unregister(gone);
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
      matcher.registerAll(added);
      registered.addAll(added.keySet());
    } catch (QueryException e) {
      // One unreadable topic (stored by an older version, say) must not stop the others.
      added.forEach((id, query) -> register(new Topic(id, null, query, null, null)));
    }
  }

  private void register(Topic topic) {
    try {
      matcher.register(topic.id(), topic.query());
      registered.add(topic.id());
    } catch (QueryException e) {
      log.warn("topic {} cannot be matched: {}", topic.id(), e.getMessage());
    }
  }

  @Override
  public void close() {
    matcher.close();
  }
}
