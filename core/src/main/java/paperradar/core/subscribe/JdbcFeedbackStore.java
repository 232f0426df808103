package paperradar.core.subscribe;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;

/** Channels' likes and dislikes in the {@code paper_feedback} table, on H2 or PostgreSQL. */
public final class JdbcFeedbackStore implements FeedbackStore {

  private static final String BY_CHANNEL = "platform = ? AND workspace = ? AND channel = ?";

  private final Jdbc jdbc;

  public JdbcFeedbackStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Outcome toggle(
      ChannelRef channel, long paperId, Verdict verdict, String userId, Instant at) {
    try {
      return jdbc.inTransaction(
          connection -> toggleIn(connection, channel, paperId, verdict, userId, at));
    } catch (SQLException e) {
      if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new StoreException("storing feedback of " + channel + " failed", e);
      }
    }
    // Two presses at once both found no verdict and both inserted: the loser reads the winner's
    // verdict now, so its press toggles that one as if it had come second.
    try {
      return jdbc.inTransaction(
          connection -> toggleIn(connection, channel, paperId, verdict, userId, at));
    } catch (SQLException e) {
      throw new StoreException("storing feedback of " + channel + " failed", e);
    }
  }

  private static Outcome toggleIn(
      Connection connection,
      ChannelRef channel,
      long paperId,
      Verdict verdict,
      String userId,
      Instant at)
      throws SQLException {
    Optional<Verdict> current =
        Jdbc.query(
                connection,
                "SELECT verdict FROM paper_feedback WHERE " + BY_CHANNEL + " AND paper_id = ?",
                statement -> {
                  Jdbc.bindChannel(statement, 1, channel);
                  statement.setLong(4, paperId);
                },
                row -> Verdict.valueOf(row.getString("verdict")))
            .stream()
            .findFirst();
    if (current.isEmpty()) {
      Jdbc.update(
          connection,
          "INSERT INTO paper_feedback (platform, workspace, channel, paper_id, verdict, given_by,"
              + " given_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          statement -> {
            Jdbc.bindChannel(statement, 1, channel);
            statement.setLong(4, paperId);
            statement.setString(5, verdict.name());
            statement.setString(6, userId);
            statement.setObject(7, Jdbc.timestamp(at));
          });
      return Outcome.GIVEN;
    }
    if (current.get() == verdict) {
      Jdbc.update(
          connection,
          "DELETE FROM paper_feedback WHERE " + BY_CHANNEL + " AND paper_id = ?",
          statement -> {
            Jdbc.bindChannel(statement, 1, channel);
            statement.setLong(4, paperId);
          });
      return Outcome.TAKEN_BACK;
    }
    Jdbc.update(
        connection,
        "UPDATE paper_feedback SET verdict = ?, given_by = ?, given_at = ? WHERE "
            + BY_CHANNEL
            + " AND paper_id = ?",
        statement -> {
          statement.setString(1, verdict.name());
          statement.setString(2, userId);
          statement.setObject(3, Jdbc.timestamp(at));
          Jdbc.bindChannel(statement, 4, channel);
          statement.setLong(7, paperId);
        });
    return Outcome.REPLACED;
  }

  @Override
  public List<Feedback> feedback(ChannelRef channel) {
    return jdbc.query(
        "SELECT paper_id, verdict, given_by, given_at FROM paper_feedback WHERE "
            + BY_CHANNEL
            + " ORDER BY given_at DESC, paper_id DESC",
        statement -> Jdbc.bindChannel(statement, 1, channel),
        row ->
            new Feedback(
                row.getLong("paper_id"),
                Verdict.valueOf(row.getString("verdict")),
                row.getString("given_by"),
                Jdbc.instant(row, "given_at")));
  }

  @Override
  public List<Long> liked(ChannelRef channel) {
    return ids(channel, Verdict.LIKE);
  }

  @Override
  public List<Long> disliked(ChannelRef channel) {
    return ids(channel, Verdict.DISLIKE);
  }

  private List<Long> ids(ChannelRef channel, Verdict verdict) {
    return feedback(channel).stream()
        .filter(feedback -> feedback.verdict() == verdict)
        .map(Feedback::paperId)
        .toList();
  }
}
