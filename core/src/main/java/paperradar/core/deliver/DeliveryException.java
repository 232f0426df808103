package paperradar.core.deliver;

import java.time.Duration;
import java.util.Optional;

/** Why a send failed, and whether to try again. */
public abstract sealed class DeliveryException extends RuntimeException {

  private DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A 429, a 5xx, a timeout: try again, after {@code retryAfter} when the platform said how long. */
  public static final class Transient extends DeliveryException {
    private final Duration retryAfter;

    public Transient(String message, Duration retryAfter, Throwable cause) {
      super(message, cause);
      this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }
  }

  /** The channel is gone, archived, or the bot was removed: do not try again. */
  public static final class Permanent extends DeliveryException {
    public Permanent(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
