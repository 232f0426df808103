package paperradar.core.rank;

import java.time.Duration;
import java.time.Instant;

/** The sparkline cuts the window into equal buckets and samples each at its end. */
final class Buckets {

  static final int COUNT = 10;

  private Buckets() {}

  static Instant[] ends(Instant windowStart, Instant now) {
    Instant[] ends = new Instant[COUNT];
    Duration bucket = Duration.between(windowStart, now).dividedBy(COUNT);
    for (int k = 0; k < COUNT; k++) {
      ends[k] = k == COUNT - 1 ? now : windowStart.plus(bucket.multipliedBy(k + 1));
    }
    return ends;
  }
}
