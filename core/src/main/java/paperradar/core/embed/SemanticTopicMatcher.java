package paperradar.core.embed;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.subscribe.Topic;
import paperradar.core.subscribe.TopicStore;

/**
 * Matches the papers the background embedder has just embedded against every semantic topic ({@code
 * ~"…"}) and records the matches in the topic store, where keyword topics' matches go: {@code
 * /papers topics} counts them and the digest shows them alike. A paper is matched when its vector
 * is made, that is once per change of its title or abstract; recording a match again keeps its
 * first time, so a process that embeds a paper another process already matched records nothing new.
 *
 * <p>A topic's phrase is embedded the first time it is needed, on the embedding thread, and kept.
 */
public final class SemanticTopicMatcher {

  private static final Logger LOG = LoggerFactory.getLogger(SemanticTopicMatcher.class);

  private final TopicStore topics;
  private final Embedder embedder;
  private final Clock clock;
  private final Map<Long, SemanticTopic> known = new HashMap<>();
  private Set<Long> seenIds = Set.of();

  public SemanticTopicMatcher(TopicStore topics, Embedder embedder, Clock clock) {
    this.topics = topics;
    this.embedder = embedder;
    this.clock = clock;
  }

  /** Matches these new vectors against the semantic topics and records the matches. */
  public synchronized int match(List<PaperVector> vectors) {
    Map<Long, SemanticTopic> semantic = semanticTopics();
    if (semantic.isEmpty() || vectors.isEmpty()) {
      return 0;
    }
    Map<Long, Set<Long>> topicsByPaper = new HashMap<>();
    for (PaperVector vector : vectors) {
      float[] unit = Vectors.normalised(vector.vector());
      semantic.forEach(
          (topicId, topic) -> {
            if (topic.matches(unit)) {
              topicsByPaper
                  .computeIfAbsent(vector.paper().id(), id -> new HashSet<>())
                  .add(topicId);
            }
          });
    }
    return topicsByPaper.isEmpty() ? 0 : topics.recordMatches(topicsByPaper, clock.instant());
  }

  /** The stored semantic topics, by id; re-read only when the set of topic ids changed. */
  private Map<Long, SemanticTopic> semanticTopics() {
    Set<Long> ids = topics.topicIds();
    if (!ids.equals(seenIds)) {
      known.keySet().retainAll(ids);
      for (Topic topic : topics.allTopics()) {
        if (topic.isSemantic() && !known.containsKey(topic.id())) {
          try {
            known.put(topic.id(), SemanticTopic.of(topic.query(), embedder));
          } catch (IllegalArgumentException e) {
            LOG.warn("semantic topic {} cannot be matched: {}", topic.id(), e.getMessage());
          }
        }
      }
      seenIds = Set.copyOf(ids);
    }
    return known;
  }
}
