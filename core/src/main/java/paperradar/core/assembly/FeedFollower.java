package paperradar.core.assembly;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.store.ChangeNotifications;

/**
 * Runs a catch-up with the store periodically and, on PostgreSQL, whenever another process NOTIFYs
 * a change. The period is the safety net on PostgreSQL (a lost notification connection) and the
 * only trigger on H2, which has no notifications between processes.
 */
final class FeedFollower implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);

  private final DataSource dataSource;
  private final Runnable catchUp;
  private @Nullable ScheduledExecutorService timer;
  private @Nullable ChangeNotifications notifications;

  FeedFollower(DataSource dataSource, Runnable catchUp) {
    this.dataSource = dataSource;
    this.catchUp = catchUp;
  }

  synchronized void start(Duration period) {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("paper-radar-catch-up").factory());
    long millis = Math.max(1, period.toMillis());
    timer.scheduleWithFixedDelay(this::catchUpQuietly, millis, millis, TimeUnit.MILLISECONDS);
    try {
      notifications =
          ChangeNotifications.startIfPostgresql(dataSource, this::catchUpQuietly).orElse(null);
    } catch (RuntimeException e) {
      log.warn(
          "not listening for the store's changes; following it by the period only: {}",
          e.toString());
    }
  }

  private void catchUpQuietly() {
    try {
      catchUp.run();
    } catch (RuntimeException e) {
      // A store that is briefly away must not end the following; the next round tries again.
      log.warn("catching up with the store failed; trying again at the next round", e);
    }
  }

  @Override
  public synchronized void close() {
    if (notifications != null) {
      notifications.close();
    }
    if (timer != null) {
      timer.shutdown();
      try {
        timer.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
