package paperradar.core.enrich;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs enrichment passes on a thread of its own, the first one interval after start, so it never
 * holds up an ingest or the start of {@code run}, and a pass that finds the API unreachable just
 * waits for the next.
 */
public final class BackgroundEnrichment implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BackgroundEnrichment.class);

  /** Papers one background pass looks at: at one request every 3 s, a few minutes of requests. */
  static final int PAPERS_PER_PASS = 500;

  private final ScheduledExecutorService executor;

  private BackgroundEnrichment(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts passes every {@code interval}. */
  public static BackgroundEnrichment start(ArxivEnricher enricher, Duration interval) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "paper-radar-enrich");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            EnrichReport report = enricher.enrich(PAPERS_PER_PASS);
            if (!report.unreachable()) {
              log.info(
                  "enrichment: {} of {} titles resolved, {} of {} papers filled by id",
                  report.resolvedByTitle(),
                  report.titlesLookedUp(),
                  report.filledById(),
                  report.idsLookedUp());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException e) {
            log.error("an enrichment pass failed; the next one runs as planned", e);
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
    return new BackgroundEnrichment(executor);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
