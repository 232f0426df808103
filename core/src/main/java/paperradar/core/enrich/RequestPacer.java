package paperradar.core.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import paperradar.core.deliver.Sleeper;

/**
 * Lets one request start at most once every interval (arXiv asks for one request every 3 seconds).
 * The clock and the sleeper are injected, so tests see the waits without waiting.
 */
public final class RequestPacer {

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant next = Instant.MIN;

  public RequestPacer(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until the next request may start, and books the slot after it. */
  public synchronized void awaitTurn() throws InterruptedException {
    Instant now = clock.instant();
    if (now.isBefore(next)) {
      sleeper.sleep(Duration.between(now, next));
      now = next;
    }
    next = now.plus(interval);
  }
}
