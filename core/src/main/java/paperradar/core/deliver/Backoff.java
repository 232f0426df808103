package paperradar.core.deliver;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Exponential backoff: {@code base · 2^(attempt-1)}, at most {@code max}. A Retry-After from the
 * platform wins when it is longer.
 */
public record Backoff(Duration base, Duration max, int attempts) {

  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), 6);
  }

  /** How long to wait before attempt {@code attempt + 1}, after attempt {@code attempt} (from 1) failed. */
  public Duration delayAfter(int attempt, @Nullable Duration retryAfter) {
    Duration exponential = base.multipliedBy(1L << Math.min(20, attempt - 1));
    Duration capped = exponential.compareTo(max) > 0 ? max : exponential;
    return retryAfter != null && retryAfter.compareTo(capped) > 0 ? retryAfter : capped;
  }
}
