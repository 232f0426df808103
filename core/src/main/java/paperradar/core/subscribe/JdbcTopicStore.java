package paperradar.core.subscribe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;
import paperradar.core.store.Transaction;

/** Channels' topics and their matches in the {@code topics} and {@code topic_matches} tables. */
public final class JdbcTopicStore implements TopicStore {

  private static final String TOPIC_COLUMNS =
      "id, platform, workspace, channel, query, created_by, created_at";
  private static final String BY_CHANNEL = "platform = ? AND workspace = ? AND channel = ?";

  private final Jdbc jdbc;

  public JdbcTopicStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Topic subscribe(ChannelRef channel, String query, String userId, Instant now) {
    String topic = query.strip();
    if (topic.length() > MAX_TOPIC_LENGTH) {
      throw new TopicRefusedException(
          "a topic can be at most "
              + MAX_TOPIC_LENGTH
              + " characters; this one has "
              + topic.length());
    }
    try {
      return jdbc.inTransaction(connection -> insert(connection, channel, topic, userId, now));
    } catch (SQLException e) {
      if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw alreadyFollowed(topic);
      }
      throw new StoreException("storing the topic failed", e);
    }
  }

  private static Topic insert(
      Connection connection, ChannelRef channel, String topic, String userId, Instant now)
      throws SQLException {
    List<Topic> existing =
        Jdbc.query(
            connection,
            "SELECT " + TOPIC_COLUMNS + " FROM topics WHERE " + BY_CHANNEL,
            statement -> Jdbc.bindChannel(statement, 1, channel),
            JdbcTopicStore::topic);
    if (existing.stream().anyMatch(t -> t.query().equals(topic))) {
      throw alreadyFollowed(topic);
    }
    if (existing.size() >= MAX_TOPICS_PER_CHANNEL) {
      throw new TopicRefusedException(
          "this channel already has "
              + MAX_TOPICS_PER_CHANNEL
              + " topics, the most it can have; unsubscribe from one first");
    }
    Jdbc.update(
        connection,
        "INSERT INTO topics (platform, workspace, channel, query, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        statement -> {
          Jdbc.bindChannel(statement, 1, channel);
          statement.setString(4, topic);
          statement.setString(5, userId);
          statement.setObject(6, Jdbc.timestamp(now));
        });
    return Jdbc.query(
            connection,
            "SELECT " + TOPIC_COLUMNS + " FROM topics WHERE " + BY_CHANNEL + " AND query = ?",
            statement -> {
              Jdbc.bindChannel(statement, 1, channel);
              statement.setString(4, topic);
            },
            JdbcTopicStore::topic)
        .get(0);
  }

  private static TopicRefusedException alreadyFollowed(String topic) {
    return new TopicRefusedException("this channel already follows \"" + topic + "\"");
  }

  @Override
  public List<Topic> topics(ChannelRef channel) {
    return jdbc.query(
        "SELECT " + TOPIC_COLUMNS + " FROM topics WHERE " + BY_CHANNEL + " ORDER BY id",
        statement -> Jdbc.bindChannel(statement, 1, channel),
        JdbcTopicStore::topic);
  }

  @Override
  public Set<Long> topicIds() {
    return new HashSet<>(
        jdbc.query("SELECT id FROM topics", statement -> {}, row -> row.getLong("id")));
  }

  @Override
  public List<Topic> allTopics() {
    return jdbc.query(
        "SELECT " + TOPIC_COLUMNS + " FROM topics ORDER BY id",
        statement -> {},
        JdbcTopicStore::topic);
  }

  @Override
  public Optional<Topic> unsubscribe(ChannelRef channel, String topicOrNumber) {
    List<Topic> topics = topics(channel);
    Optional<Topic> target =
        byNumber(topics, topicOrNumber.strip())
            .or(
                () ->
                    topics.stream()
                        .filter(t -> t.query().equalsIgnoreCase(topicOrNumber.strip()))
                        .findFirst());
    target.ifPresent(
        topic -> jdbc.update("DELETE FROM topics WHERE id = ?", s -> s.setLong(1, topic.id())));
    return target;
  }

  private static Optional<Topic> byNumber(List<Topic> topics, String text) {
    if (!text.matches("\\d{1,3}")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(text);
    return number >= 1 && number <= topics.size()
        ? Optional.of(topics.get(number - 1))
        : Optional.empty();
  }

  @Override
  public int recordMatches(Map<Long, Set<Long>> topicsByPaper, Instant now) {
    try {
      return jdbc.inTransaction(connection -> recordMatches(connection, topicsByPaper, now));
    } catch (SQLException e) {
      throw new StoreException("recording topic matches failed", e);
    }
  }

  @Override
  public int recordMatches(
      Transaction transaction, Map<Long, Set<Long>> topicsByPaper, Instant now) {
    try {
      return recordMatches(transaction.connection(), topicsByPaper, now);
    } catch (SQLException e) {
      throw new StoreException("recording topic matches failed", e);
    }
  }

  private static int recordMatches(
      Connection connection, Map<Long, Set<Long>> topicsByPaper, Instant now) throws SQLException {
    int recorded = 0;
    for (Map.Entry<Long, Set<Long>> paper : topicsByPaper.entrySet()) {
      for (long topicId : paper.getValue()) {
        recorded +=
            Jdbc.update(
                connection,
                "INSERT INTO topic_matches (topic_id, paper_id, matched_at)"
                    + " SELECT id, ?, ? FROM topics WHERE id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM topic_matches WHERE topic_id = ? AND paper_id = ?)",
                statement -> {
                  statement.setLong(1, paper.getKey());
                  statement.setObject(2, Jdbc.timestamp(now));
                  statement.setLong(3, topicId);
                  statement.setLong(4, topicId);
                  statement.setLong(5, paper.getKey());
                });
      }
    }
    return recorded;
  }

  @Override
  public Map<Long, Integer> matchCounts(ChannelRef channel, Instant since) {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    topics(channel).forEach(topic -> counts.put(topic.id(), 0));
    jdbc.query(
        "SELECT m.topic_id, COUNT(*) AS n FROM topic_matches m JOIN topics t ON t.id = m.topic_id"
            + " WHERE t.platform = ? AND t.workspace = ? AND t.channel = ? AND m.matched_at >= ? GROUP BY m.topic_id",
        statement -> {
          Jdbc.bindChannel(statement, 1, channel);
          statement.setObject(4, Jdbc.timestamp(since));
        },
        row -> counts.put(row.getLong("topic_id"), row.getInt("n")));
    return counts;
  }

  @Override
  public List<TopicMatch> matchesSince(ChannelRef channel, Instant since) {
    return jdbc.query(
        "SELECT m.topic_id, m.paper_id, m.matched_at FROM topic_matches m JOIN topics t"
            + " ON t.id = m.topic_id WHERE t.platform = ? AND t.workspace = ? AND t.channel = ? AND m.matched_at >= ?"
            + " ORDER BY m.matched_at, m.topic_id, m.paper_id",
        statement -> {
          Jdbc.bindChannel(statement, 1, channel);
          statement.setObject(4, Jdbc.timestamp(since));
        },
        row ->
            new TopicMatch(
                row.getLong("topic_id"), row.getLong("paper_id"), Jdbc.instant(row, "matched_at")));
  }

  private static Topic topic(ResultSet row) throws SQLException {
    return new Topic(
        row.getLong("id"),
        Jdbc.channel(row, "topics"),
        row.getString("query"),
        row.getString("created_by"),
        Jdbc.instant(row, "created_at"));
  }
}
