package paperradar.bot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * A warning that is logged at most once a minute, with how many like it were held back: a flood of
 * bad requests cannot flood the log.
 */
final class OncePerMinute {

  private static final Duration PERIOD = Duration.ofMinutes(1);

  private final Logger log;
  private final Clock clock;
  private Instant next = Instant.MIN;
  private long heldBack;

  OncePerMinute(Logger log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** Logs the line unless one was logged less than a minute ago. */
  synchronized void warn(String line) {
    Instant now = clock.instant();
    if (now.isBefore(next)) {
      heldBack++;
      return;
    }
    next = now.plus(PERIOD);
    if (heldBack > 0) {
      log.warn("{} ({} more refused since the last line)", line, heldBack);
    } else {
      log.warn("{}", line);
    }
    heldBack = 0;
  }
}
