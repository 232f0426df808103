package paperradar.core.deliver;

import java.time.Duration;

/** Waits; tests pass one that only records, so that retries take no time. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
