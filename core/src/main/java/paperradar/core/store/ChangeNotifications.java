package paperradar.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears on PostgreSQL when any process stored changes ({@code LISTEN paper_changes}; every ingest
 * NOTIFYs in its transaction), on one connection of its own and one daemon thread, and runs a
 * callback. A lost connection is opened again after a pause; the caller's periodic catch-up covers
 * what was missed meanwhile.
 */
public final class ChangeNotifications implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration RETRY = Duration.ofSeconds(2);

  private final DataSource dataSource;
  private final Runnable onChange;
  private final Thread thread;
  private volatile boolean closed;

  private ChangeNotifications(DataSource dataSource, Runnable onChange) {
    this.dataSource = dataSource;
    this.onChange = onChange;
    this.thread =
        Thread.ofPlatform().daemon().name("paper-radar-change-listener").unstarted(this::listen);
  }

  /**
   * Listens when the store is PostgreSQL (H2 has no notifications between processes); else empty.
   */
  public static java.util.Optional<ChangeNotifications> startIfPostgresql(
      DataSource dataSource, Runnable onChange) {
    try (Connection connection = dataSource.getConnection()) {
      if (!ChangeNumbers.isPostgresql(connection)) {
        return java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot reach the store to listen for its changes", e);
    }
    return java.util.Optional.of(start(dataSource, onChange));
  }

  /**
   * Starts listening; {@code onChange} runs on the listening thread after each batch of
   * notifications.
   */
  public static ChangeNotifications start(DataSource dataSource, Runnable onChange) {
    ChangeNotifications notifications = new ChangeNotifications(dataSource, onChange);
    notifications.thread.start();
    return notifications;
  }

  private void listen() {
    while (!closed) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + ChangeNumbers.CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        // Changes stored while no one listened are caught up by the caller now.
        onChange.run();
        while (!closed) {
          PGNotification[] heard = postgres.getNotifications(WAIT_MILLIS);
          if (heard != null && heard.length > 0) {
            onChange.run();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        log.warn(
            "listening for store changes failed; listening again in {} s: {}",
            RETRY.toSeconds(),
            e.toString());
        try {
          Thread.sleep(RETRY);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      thread.join(WAIT_MILLIS * 4L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
