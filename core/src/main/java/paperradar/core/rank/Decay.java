package paperradar.core.rank;

import java.time.Duration;
import java.time.Instant;

/** The Hacker News gravity: points count less the older they are. */
final class Decay {

  private Decay() {}

  /** (age in hours + offset)^gravity, for something that happened at {@code at}. */
  static double divisor(Instant at, Instant now, TrendingConfig config) {
    double ageHours = Math.max(0, Duration.between(at, now).toMillis()) / 3_600_000.0;
    return Math.pow(ageHours + config.offsetHours(), config.gravity());
  }
}
