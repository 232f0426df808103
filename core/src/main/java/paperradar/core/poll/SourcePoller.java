package paperradar.core.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.ingest.InputUnavailableException;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.text.UrlRedaction;

/**
 * Polls one source: a conditional GET with the validators of the last fetch, new papers through ingest
 * (and so through topic matching), and its health kept. After a failure the next poll backs off.
 */
public final class SourcePoller {

  private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private final FeedFetcher fetcher;
  private final Ingestor ingestor;
  private final SourceHealthStore health;
  private final Clock clock;

  /** Told of every failed fetch, for the operations metrics. */
  @FunctionalInterface
  public interface FailureObserver {
    void failed(Source source);
  }

  private volatile FailureObserver failureObserver = source -> { };

  public void onFailure(FailureObserver observer) {
    this.failureObserver = observer;
  }

  public SourcePoller(FeedFetcher fetcher, Ingestor ingestor, SourceHealthStore health, Clock clock) {
    this.fetcher = fetcher;
    this.ingestor = ingestor;
    this.health = health;
    this.clock = clock;
  }

  /**
   * Polls unless the source is backing off after failures: the scheduler calls this every interval, and
   * after n failures in a row a poll waits {@code interval · 2^n} (at most six hours) from the last one.
   *
   * @return whether it polled
   */
  public boolean pollIfDue(Source source) {
    SourceHealth before = health.health(source.url());
    if (before.consecutiveFailures() > 0 && before.lastErrorAt() != null && clock.instant()
        .isBefore(before.lastErrorAt().plus(backoff(source.interval(), before.consecutiveFailures())))) {
      return false;
    }
    poll(source, before);
    return true;
  }

  /** Polls once; returns how long to wait before the next poll. */
  public Duration poll(Source source) {
    return poll(source, health.health(source.url()));
  }

  private Duration poll(Source source, SourceHealth before) {
    Optional<FeedFetcher.Validators> validators = before.etag() == null && before.lastModified() == null
        ? Optional.empty() : Optional.of(new FeedFetcher.Validators(before.etag(), before.lastModified()));
    try {
      FeedFetcher.Response response = fetcher.fetch(URI.create(source.url()), validators);
      if (!response.notModified()) {
        // The listing's name is stored and logged: the URL with its secrets masked, never the secrets.
        IngestOutcome outcome = ingestor.ingest(UrlRedaction.redact(source.url()), response.body(),
            LocalDate.now(clock.withZone(ZoneOffset.UTC)), clock.instant(), source.format());
        log.info("polled {}", outcome.summaryLine());
      }
      health.succeeded(source.url(), response.notModified() ? before.etag() : response.etag(),
          response.notModified() ? before.lastModified() : response.lastModified(), clock.instant());
      return source.interval();
    } catch (InputUnavailableException e) {
      return failed(source, e.reason());
    } catch (ListingParseException e) {
      return failed(source, e.getMessage());
    } catch (RuntimeException e) {
      log.error("polling {} failed unexpectedly", UrlRedaction.redact(source.url()), e);
      return failed(source, "unexpected: " + e);
    }
  }

  private Duration failed(Source source, String reason) {
    failureObserver.failed(source);
    SourceHealth after = health.failed(source.url(), reason, clock.instant());
    Duration wait = backoff(source.interval(), after.consecutiveFailures());
    log.warn("polling {} failed ({} in a row): {}; next try in {} s", UrlRedaction.redact(source.url()),
        after.consecutiveFailures(),
        reason, wait.toSeconds());
    return wait;
  }

  /** The interval after a success; doubling with each failure in a row, up to six hours. */
  static Duration backoff(Duration interval, int failures) {
    Duration wait = interval.multipliedBy(1L << Math.min(16, failures));
    return wait.compareTo(MAX_BACKOFF) > 0 ? (interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF) : wait;
  }
}
