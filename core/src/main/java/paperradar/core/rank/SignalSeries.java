package paperradar.core.rank;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One signal of one paper over time. Several sources may report the same signal at the same capture
 * time; the series keeps the highest. It also never goes down: a source that lags behind another is
 * not a loss of points, and counting it as one would make the next report count the same points
 * again.
 */
final class SignalSeries {

  private final NavigableMap<Instant, Long> reported = new TreeMap<>();

  void add(Instant at, long value) {
    reported.merge(at, value, Math::max);
  }

  /** The level at each reported time, as a running maximum. */
  NavigableMap<Instant, Long> levels() {
    NavigableMap<Instant, Long> levels = new TreeMap<>();
    long level = Long.MIN_VALUE;
    for (Map.Entry<Instant, Long> report : reported.entrySet()) {
      level = Math.max(level, report.getValue());
      levels.put(report.getKey(), level);
    }
    return levels;
  }

  boolean isEmpty() {
    return reported.isEmpty();
  }
}
