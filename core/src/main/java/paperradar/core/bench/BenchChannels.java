package paperradar.core.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;

/**
 * Many channels written straight into the database in one batch, as if set up an hour ago, with their
 * digest due in the current minute (already passed, so well inside the grace period). For benchmarks and
 * process tests that need thousands of channels at once.
 */
public final class BenchChannels {

  private BenchChannels() {}

  /** Channels {@code from .. from+count-1} of one platform and workspace, named {@code c<i>}. */
  public static void addDueNow(DataSource dataSource, String platform, String workspace, int from, int count)
      throws SQLException {
    addDueNow(dataSource, count, i -> new ChannelRef(platform, workspace, "c" + (from + i)));
  }

  /** {@code count} channels, the i-th of which is {@code channel.apply(i)}. */
  public static void addDueNow(DataSource dataSource, int count, IntFunction<ChannelRef> channel) throws SQLException {
    Instant now = Instant.now();
    LocalTime due = LocalTime.ofInstant(now.minus(1, ChronoUnit.MINUTES), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO channels (platform, workspace, channel,"
            + " digest_time, time_zone, weekdays_only, enabled, say_when_empty, active, inactive_reason, updated_at)"
            + " VALUES (?, ?, ?, ?, 'UTC', FALSE, TRUE, TRUE, TRUE, NULL, ?)")) {
      for (int i = 0; i < count; i++) {
        Jdbc.bindChannel(insert, 1, channel.apply(i));
        insert.setString(4, due.toString());
        insert.setObject(5, Jdbc.timestamp(now.minus(1, ChronoUnit.HOURS)));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
