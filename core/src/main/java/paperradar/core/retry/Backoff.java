package paperradar.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row (from 1) the wait is drawn
 * uniformly from {@code [0, min(cap, base · 2^(n-1))]}, so that many clients failing together do
 * not retry together. {@code attempts} bounds how many tries a caller makes in one go (delivery); a
 * poller that retries forever ignores it.
 */
public record Backoff(Duration base, Duration cap, int attempts, Jitter jitter) {

  /** Draws a wait from {@code [0, ceiling]}; injected so that tests know what they get. */
  @FunctionalInterface
  public interface Jitter {

    /** A whole number of milliseconds in {@code [0, ceilingMillis]}. */
    long draw(long ceilingMillis);

    /** Uniform over the range: the production jitter. */
    Jitter UNIFORM = ceiling -> ThreadLocalRandom.current().nextLong(ceiling + 1);

    /** No jitter: always the ceiling (plain exponential backoff), for tests and benchmarks. */
    Jitter CEILING = ceiling -> ceiling;

    /** Uniform, but the same draw for the same seed: a wait that can be computed again later. */
    static Jitter seeded(long seed) {
      return ceiling -> new SplittableRandom(seed).nextLong(ceiling + 1);
    }
  }

  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(jitter, "jitter");
    if (base.isNegative() || cap.compareTo(base) < 0 || attempts < 1) {
      throw new IllegalArgumentException(
          "backoff needs 0 <= base <= cap and attempts >= 1: "
              + base
              + ", "
              + cap
              + ", "
              + attempts);
    }
  }

  /** Digest delivery's: from 1 s, at most 2 minutes, 6 attempts, uniform jitter. */
  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), 6, Jitter.UNIFORM);
  }

  /** The same backoff with another jitter. */
  public Backoff withJitter(Jitter other) {
    return new Backoff(base, cap, attempts, other);
  }

  /**
   * The longest wait after {@code failures} failures in a row: {@code min(cap, base ·
   * 2^(failures-1))}.
   */
  public Duration ceiling(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 40));
    // Compared before multiplying, so a long base cannot overflow.
    return base.compareTo(cap.dividedBy(1L << doublings)) > 0
        ? cap
        : base.multipliedBy(1L << doublings);
  }

  /** The wait after {@code failures} failures in a row, drawn by this backoff's jitter. */
  public Duration delay(int failures) {
    return delay(failures, jitter);
  }

  /** The wait after {@code failures} failures in a row, drawn by the given jitter. */
  public Duration delay(int failures, Jitter with) {
    long ceiling = ceiling(failures).toMillis();
    long drawn = with.draw(ceiling);
    if (drawn < 0 || drawn > ceiling) {
      throw new IllegalStateException("jitter drew " + drawn + " ms outside [0, " + ceiling + "]");
    }
    return Duration.ofMillis(drawn);
  }

  /**
   * How long to wait before attempt {@code attempt + 1}, after attempt {@code attempt} (from 1)
   * failed: the jittered backoff, or the platform's Retry-After when that is longer.
   */
  public Duration delayAfter(int attempt, @Nullable Duration retryAfter) {
    Duration drawn = delay(attempt);
    return retryAfter != null && retryAfter.compareTo(drawn) > 0 ? retryAfter : drawn;
  }
}
