package paperradar.bot.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import paperradar.core.store.Jdbc;

/**
 * The OAuth states the install path hands out, in the store's {@code slack_oauth_states} table, so
 * that any process of a cluster can take the redirect. A state is good for ten minutes and for one
 * redirect: the check deletes it, so of two redirects racing with one state only one passes. Bolt
 * also binds the state to the browser through a cookie set by the install path.
 */
final class JdbcOAuthStates implements OAuthStateService {

  static final Duration LIFETIME = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final Clock clock;

  JdbcOAuthStates(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public long getExpirationInSeconds() {
    return LIFETIME.toSeconds();
  }

  @Override
  public void addNewStateToDatastore(String state) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      Jdbc.update(
          connection,
          "DELETE FROM slack_oauth_states WHERE expires_at <= ?",
          s -> s.setObject(1, Jdbc.timestamp(clock.instant())));
      Jdbc.update(
          connection,
          "INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)",
          s -> {
            s.setString(1, state);
            s.setObject(2, Jdbc.timestamp(clock.instant().plus(LIFETIME)));
          });
    }
  }

  /**
   * Takes the state: true for the first redirect that brings it within its lifetime, false ever
   * after.
   */
  @Override
  public boolean isAvailableInDatabase(String state) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return Jdbc.update(
              connection,
              "DELETE FROM slack_oauth_states WHERE state = ? AND expires_at > ?",
              s -> {
                s.setString(1, state);
                s.setObject(2, Jdbc.timestamp(clock.instant()));
              })
          == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("the OAuth states cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    // Already deleted when it was checked.
  }
}
