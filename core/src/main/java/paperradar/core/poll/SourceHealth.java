package paperradar.core.poll;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a source has fared: what {@code /healthz} shows, the validators for the next conditional GET,
 * and since when it has been failing (what the notices of a broken feed read).
 *
 * @param lastSuccessAt the last fetch that worked (a 304 counts), or null
 * @param lastError the last failure's reason, or null
 * @param failingSince the first failure after the last success, or null while it works
 */
public record SourceHealth(
    String url,
    @Nullable String etag,
    @Nullable String lastModified,
    @Nullable Instant lastSuccessAt,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    int consecutiveFailures,
    @Nullable Instant failingSince) {

  /** A health stored before failures had a start: failing since its last error, if failing. */
  public SourceHealth(
      String url,
      @Nullable String etag,
      @Nullable String lastModified,
      @Nullable Instant lastSuccessAt,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt,
      int consecutiveFailures) {
    this(
        url,
        etag,
        lastModified,
        lastSuccessAt,
        lastError,
        lastErrorAt,
        consecutiveFailures,
        consecutiveFailures > 0 ? lastErrorAt : null);
  }

  public static SourceHealth unknown(String url) {
    return new SourceHealth(url, null, null, null, null, null, 0, null);
  }

  /** Whether it has been failing for at least this long at {@code now}. */
  public boolean failingFor(Duration atLeast, Instant now) {
    return consecutiveFailures > 0
        && failingSince != null
        && !now.isBefore(failingSince.plus(atLeast));
  }

  /** The last moment it was fetched, successfully or not, or null if never. */
  public @Nullable Instant lastPolledAt() {
    if (lastSuccessAt == null) {
      return lastErrorAt;
    }
    if (lastErrorAt == null) {
      return lastSuccessAt;
    }
    return lastSuccessAt.isAfter(lastErrorAt) ? lastSuccessAt : lastErrorAt;
  }
}
