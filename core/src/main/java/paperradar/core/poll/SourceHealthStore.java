package paperradar.core.poll;

import java.time.Instant;

/** Each source's health and validators, shared by every process on the same database. */
public interface SourceHealthStore {

  /** The source's health, or {@link SourceHealth#unknown} when it was never polled. */
  SourceHealth health(String url);

  /** Records a successful poll and the validators it returned; the failure count starts again. */
  void succeeded(String url, String etag, String lastModified, Instant at);

  /** Records a failed poll; returns the health with one more consecutive failure. */
  SourceHealth failed(String url, String error, Instant at);
}
