package paperradar.core.poll;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Each source's health and validators, shared by every process on the same database. */
public interface SourceHealthStore {

  /** The source's health, or {@link SourceHealth#unknown} when it was never polled. */
  SourceHealth health(String url);

  /** Records a successful poll and the validators it returned; the failure count starts again. */
  void succeeded(String url, @Nullable String etag, @Nullable String lastModified, Instant at);

  /** Records a failed poll; returns the health with one more consecutive failure. */
  SourceHealth failed(String url, String error, Instant at);
}
