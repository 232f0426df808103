package paperradar.core.poll;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a source has fared: what {@code /healthz} shows, and the validators for the next conditional
 * GET.
 *
 * @param lastSuccessAt the last fetch that worked (a 304 counts), or null
 * @param lastError the last failure's reason, or null
 */
public record SourceHealth(
    String url,
    @Nullable String etag,
    @Nullable String lastModified,
    @Nullable Instant lastSuccessAt,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    int consecutiveFailures) {

  public static SourceHealth unknown(String url) {
    return new SourceHealth(url, null, null, null, null, null, 0);
  }
}
