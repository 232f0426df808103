package paperradar.core.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.ingest.InputUnavailableException;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.retry.Backoff;
import paperradar.core.text.UrlRedaction;

/**
 * Polls one source: a conditional GET with the validators of the last fetch, new papers through
 * ingest (and so through topic matching), and its health kept. After a failure the next poll backs
 * off.
 */
public final class SourcePoller {

  private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private final FeedFetcher fetcher;
  private final Ingestor ingestor;
  private final SourceHealthStore health;
  private final Clock clock;
  private final Function<SourceHealth, Backoff.Jitter> jitter;

  /** Told of every failed fetch, for the operations metrics. */
  @FunctionalInterface
  public interface FailureObserver {
    void failed(Source source);
  }

  private volatile FailureObserver failureObserver = source -> {};

  public void onFailure(FailureObserver observer) {
    this.failureObserver = observer;
  }

  public SourcePoller(
      FeedFetcher fetcher, Ingestor ingestor, SourceHealthStore health, Clock clock) {
    this(fetcher, ingestor, health, clock, SourcePoller::jitterOf);
  }

  /**
   * @param jitter the jitter of the wait after a failure, given the source's health after it: the
   *     same health must give the same draw, since every node computes the wait again before
   *     polling
   */
  public SourcePoller(
      FeedFetcher fetcher,
      Ingestor ingestor,
      SourceHealthStore health,
      Clock clock,
      Function<SourceHealth, Backoff.Jitter> jitter) {
    this.fetcher = fetcher;
    this.ingestor = ingestor;
    this.health = health;
    this.clock = clock;
    this.jitter = jitter;
  }

  /** Uniform, drawn from the failure itself (source, count, time to the millisecond as stored). */
  static Backoff.Jitter jitterOf(SourceHealth failed) {
    Instant at = failed.lastErrorAt();
    return Backoff.Jitter.seeded(
        Objects.hash(
            failed.url(), failed.consecutiveFailures(), at == null ? 0 : at.toEpochMilli()));
  }

  /**
   * Polls unless the source is backing off after failures: the scheduler calls this every interval,
   * and after n failures in a row a poll waits a time drawn uniformly up to {@code interval · 2^n}
   * (at most six hours) from the last one: full jitter, so that sources failing together are not
   * retried together.
   *
   * @return whether it polled
   */
  public boolean pollIfDue(Source source) {
    SourceHealth before = health.health(source.url());
    if (before.consecutiveFailures() > 0
        && before.lastErrorAt() != null
        && clock
            .instant()
            .isBefore(
                before
                    .lastErrorAt()
                    .plus(
                        backoff(
                            source.interval(),
                            before.consecutiveFailures(),
                            jitter.apply(before))))) {
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
    Optional<FeedFetcher.Validators> validators =
        before.etag() == null && before.lastModified() == null
            ? Optional.empty()
            : Optional.of(new FeedFetcher.Validators(before.etag(), before.lastModified()));
    try {
      FeedFetcher.Response response = fetcher.fetch(URI.create(source.url()), validators);
      if (!response.notModified()) {
        // The listing's name is stored and logged: the URL with its secrets masked, never the
        // secrets.
        IngestOutcome outcome =
            ingestor.ingest(
                UrlRedaction.redact(source.url()),
                response.body(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                clock.instant(),
                source.format());
        log.info("polled {}", outcome.summaryLine());
      }
      health.succeeded(
          source.url(),
          response.notModified() ? before.etag() : response.etag(),
          response.notModified() ? before.lastModified() : response.lastModified(),
          clock.instant());
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
    Duration wait = backoff(source.interval(), after.consecutiveFailures(), jitter.apply(after));
    log.warn(
        "polling {} failed ({} in a row): {}; next try in {} s",
        UrlRedaction.redact(source.url()),
        after.consecutiveFailures(),
        reason,
        wait.toSeconds());
    return wait;
  }

  /**
   * The wait after {@code failures} failures in a row: full jitter under {@code interval ·
   * 2^failures}, which is at most six hours (or the interval, when that is longer).
   */
  static Duration backoff(Duration interval, int failures, Backoff.Jitter jitter) {
    Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
    // The ceiling after one failure is twice the interval: the backoff's base is the interval
    // doubled once.
    return new Backoff(interval, cap, 1, jitter).delay(failures + 1);
  }
}
