package paperradar.core.subscribe;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;

/**
 * Channels' digest settings in the {@code channels} table, on H2 or PostgreSQL: a channel without a
 * row has the defaults.
 */
public final class JdbcChannelStore implements ChannelStore {

  private static final String COLUMNS =
      "platform, workspace, channel, digest_time, time_zone, weekdays_only, enabled, say_when_empty, active, inactive_reason,"
          + " updated_at";

  private final Jdbc jdbc;
  private final ChannelSettings defaults;
  private final Clock clock;

  /**
   * @param defaults the settings of a channel nobody has set anything for (its channel is ignored)
   */
  public JdbcChannelStore(DataSource dataSource, ChannelSettings defaults, Clock clock) {
    this.jdbc = new Jdbc(dataSource);
    this.defaults = defaults;
    this.clock = clock;
  }

  @Override
  public ChannelSettings settings(ChannelRef channel) {
    return stored(channel).orElseGet(() -> defaults.forChannel(channel));
  }

  @Override
  public Optional<ChannelSettings> stored(ChannelRef channel) {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM channels WHERE platform = ? AND workspace = ? AND channel = ?",
            statement -> Jdbc.bindChannel(statement, 1, channel),
            JdbcChannelStore::settings)
        .stream()
        .findFirst();
  }

  @Override
  public List<ChannelSettings> all() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM channels ORDER BY platform, workspace, channel",
        statement -> {},
        JdbcChannelStore::settings);
  }

  @Override
  public ChannelSettings update(ChannelRef channel, UnaryOperator<ChannelSettings> change) {
    ChannelSettings changed = change.apply(settings(channel)).storedAt(clock.instant());
    try {
      jdbc.inTransaction(
          connection -> {
            int updated =
                Jdbc.update(
                    connection,
                    "UPDATE channels SET digest_time = ?, time_zone = ?, weekdays_only = ?,"
                        + " enabled = ?, say_when_empty = ?, active = ?, inactive_reason = ?, updated_at = ?"
                        + " WHERE platform = ? AND workspace = ? AND channel = ?",
                    statement -> {
                      bindSettings(statement, changed);
                      Jdbc.bindChannel(statement, 9, channel);
                    });
            if (updated == 0) {
              Jdbc.update(
                  connection,
                  "INSERT INTO channels (digest_time, time_zone, weekdays_only, enabled, say_when_empty,"
                      + " active, inactive_reason, updated_at, platform, workspace, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  statement -> {
                    bindSettings(statement, changed);
                    Jdbc.bindChannel(statement, 9, channel);
                  });
            }
            return updated;
          });
    } catch (SQLException e) {
      throw new StoreException("storing the settings of " + channel + " failed", e);
    }
    return changed;
  }

  private void bindSettings(PreparedStatement statement, ChannelSettings settings)
      throws SQLException {
    statement.setString(1, settings.time().toString());
    statement.setString(2, settings.zone().getId());
    statement.setBoolean(3, settings.weekdaysOnly());
    statement.setBoolean(4, settings.enabled());
    statement.setBoolean(5, settings.sayWhenEmpty());
    statement.setBoolean(6, settings.active());
    statement.setString(7, settings.inactiveReason());
    statement.setObject(8, Jdbc.timestamp(clock.instant()));
  }

  private static ChannelSettings settings(ResultSet row) throws SQLException {
    return new ChannelSettings(
        Jdbc.channel(row, "channels"),
        LocalTime.parse(row.getString("digest_time")),
        ZoneId.of(row.getString("time_zone")),
        row.getBoolean("weekdays_only"),
        row.getBoolean("enabled"),
        row.getBoolean("say_when_empty"),
        row.getBoolean("active"),
        row.getString("inactive_reason"),
        Jdbc.instant(row, "updated_at"));
  }
}
