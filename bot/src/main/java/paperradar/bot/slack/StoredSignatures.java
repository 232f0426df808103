package paperradar.bot.slack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import paperradar.core.store.Jdbc;

/**
 * The cluster's memory of accepted signatures, in the store's {@code seen_slack_requests} table: an
 * insert that only the first process can make (the signature is the key), so a request replayed to
 * another replica is refused there too. Expired rows are deleted on the way.
 */
final class StoredSignatures implements SeenSignatures {

  private final DataSource dataSource;

  StoredSignatures(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean firstSighting(String signature, Instant now, Instant expiresAt) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      Jdbc.update(
          connection,
          "DELETE FROM seen_slack_requests WHERE expires_at <= ?",
          s -> s.setObject(1, Jdbc.timestamp(now)));
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO seen_slack_requests (signature, expires_at) VALUES (?, ?)")) {
        insert.setString(1, signature);
        insert.setObject(2, Jdbc.timestamp(expiresAt));
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the store cannot record a Slack request's signature: " + e.getMessage(), e);
    }
  }
}
