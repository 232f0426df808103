package paperradar.bot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import paperradar.core.store.Jdbc;

/**
 * Webhook channels written straight into the database, as if set up earlier, with their digest due in
 * the current minute (already passed, so well inside the grace period).
 */
final class DigestChannels {

  private DigestChannels() {}

  static void addDueNow(DataSource dataSource, String workspace, int from, int count) throws SQLException {
    Instant now = Instant.now();
    LocalTime due = LocalTime.ofInstant(now.minus(1, ChronoUnit.MINUTES), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO channels (platform, workspace, channel,"
            + " digest_time, time_zone, weekdays_only, enabled, say_when_empty, active, inactive_reason, updated_at)"
            + " VALUES ('webhook', ?, ?, ?, 'UTC', FALSE, TRUE, TRUE, TRUE, NULL, ?)")) {
      for (int i = from; i < from + count; i++) {
        insert.setString(1, workspace);
        insert.setString(2, "c" + i);
        insert.setString(3, due.toString());
        insert.setObject(4, Jdbc.timestamp(now.minus(1, ChronoUnit.HOURS)));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
