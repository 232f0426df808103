package paperradar.core.deliver;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Why a send failed, and whether to try again. */
public abstract sealed class DeliveryException extends RuntimeException {

  private final String reason;

  private DeliveryException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = message;
  }

  /**
   * The message given when thrown: never null, unlike {@link Throwable#getMessage()} in general.
   */
  @Override
  public String getMessage() {
    return reason;
  }

  /**
   * A 429, a 5xx, a timeout: try again, after {@code retryAfter} when the platform said how long.
   */
  public static final class Transient extends DeliveryException {
    private final @Nullable Duration retryAfter;

    public Transient(String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
      super(message, cause);
      this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }
  }

  /** The channel is gone, archived, or the bot was removed: do not try again. */
  public static final class Permanent extends DeliveryException {
    public Permanent(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}
