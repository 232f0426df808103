package paperradar.core.deliver;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;

/** The notices about feeds in the {@code feed_notices} table, on H2 or PostgreSQL. */
public final class JdbcFeedNoticeLedger implements FeedNoticeLedger {

  private static final String KEY = "platform = ? AND workspace = ? AND channel = ? AND url = ?";

  private final Jdbc jdbc;

  public JdbcFeedNoticeLedger(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Notice> last(ChannelRef target, String url) {
    return jdbc
        .query(
            "SELECT broken, notified_at FROM feed_notices WHERE " + KEY,
            statement -> {
              Jdbc.bindChannel(statement, 1, target);
              statement.setString(4, url);
            },
            row -> new Notice(row.getBoolean("broken"), Jdbc.instant(row, "notified_at")))
        .stream()
        .findFirst();
  }

  @Override
  public void record(ChannelRef target, String url, Notice notice) {
    try {
      jdbc.inTransaction(
          connection -> {
            Jdbc.Binder values =
                statement -> {
                  statement.setBoolean(1, notice.broken());
                  statement.setObject(2, Jdbc.timestamp(notice.at()));
                  Jdbc.bindChannel(statement, 3, target);
                  statement.setString(6, url);
                };
            if (Jdbc.update(
                    connection,
                    "UPDATE feed_notices SET broken = ?, notified_at = ? WHERE " + KEY,
                    values)
                == 0) {
              Jdbc.update(
                  connection,
                  "INSERT INTO feed_notices (broken, notified_at, platform, workspace, channel, url)"
                      + " VALUES (?, ?, ?, ?, ?, ?)",
                  values);
            }
            return true;
          });
    } catch (SQLException e) {
      throw new StoreException("recording a notice to " + target + " failed", e);
    }
  }
}
