package paperradar.core.subscribe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Transaction;

/** Channels' topics, and the papers each one matched. */
public interface TopicStore {

  /** At most this many topics per channel. */
  int MAX_TOPICS_PER_CHANNEL = 25;

  /** At most this many characters per topic. */
  int MAX_TOPIC_LENGTH = 300;

  /**
   * Subscribes the channel to a topic. The limit is checked in the same transaction as the insert,
   * so two people subscribing at once cannot pass it together by much (one more at worst under READ
   * COMMITTED).
   *
   * @throws TopicRefusedException when the topic is too long, already there, or the channel is full
   */
  Topic subscribe(ChannelRef channel, String query, String userId, Instant now);

  /**
   * The channel's topics, oldest first; their position (from 1) is the number users refer to them
   * by.
   */
  List<Topic> topics(ChannelRef channel);

  /** The ids of every topic: a cheap look at what changed, before reading the topics themselves. */
  Set<Long> topicIds();

  /** Every channel's topics, oldest first. */
  List<Topic> allTopics();

  /**
   * Removes a topic, given by its text or by its number in {@link #topics}; empty when there is
   * none such.
   */
  Optional<Topic> unsubscribe(ChannelRef channel, String topicOrNumber);

  /**
   * Records which topics matched which papers. A pair already recorded keeps its first time, and a
   * topic removed meanwhile records nothing.
   *
   * @return how many new matches were recorded
   */
  int recordMatches(Map<Long, Set<Long>> topicsByPaper, Instant now);

  /**
   * Records matches as {@link #recordMatches(Map, Instant)} does, on the caller's connection and
   * inside its transaction: topic matching records them in the transaction that advances its feed
   * cursor.
   */
  int recordMatches(Transaction transaction, Map<Long, Set<Long>> topicsByPaper, Instant now);

  /**
   * How many papers each of the channel's topics matched since a moment, by topic id (zero
   * included).
   */
  Map<Long, Integer> matchCounts(ChannelRef channel, Instant since);

  /** The channel's matches since a moment, oldest first. */
  List<TopicMatch> matchesSince(ChannelRef channel, Instant since);
}
