package paperradar.core.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import paperradar.core.ingest.InputUnavailableException;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.ListingInput;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.store.IngestReport;

/**
 * Ingests several inputs in a row, the catch-up after each (the index's and topic matching's, then
 * the listeners) running on a thread of its own behind the next input's parse and store: on two
 * cores the store and the index work at once instead of in turn. Each input is still one
 * transaction. Catch-ups run one at a time, in order; one that starts after several inputs were
 * stored applies them all in one batch. {@link #close} returns once every input's catch-up is done,
 * so what the batch stored is searchable and matched when it returns, as after a single ingest.
 *
 * <p>Another process's view is unchanged: it follows the store's change feed whatever wrote it.
 */
public final class IngestBatch implements AutoCloseable {

  private final Ingestor ingestor;
  private final ExecutorService behind =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "paper-radar-ingest-catch-up");
            thread.setDaemon(true);
            return thread;
          });

  IngestBatch(Ingestor ingestor) {
    this.ingestor = ingestor;
  }

  /** Ingests one input of the batch, as {@link Ingestor#ingest(ListingInput, ...)} does. */
  public IngestOutcome ingest(
      ListingInput input,
      LocalDate asOf,
      Instant capturedAt,
      Optional<ListingFormat> forced,
      IngestProgress progress)
      throws ListingParseException, InputUnavailableException {
    return ingestor.ingest(input, asOf, capturedAt, forced, progress, this::catchUpBehind);
  }

  /** Ingests a listing in memory captured on a day, stamped at its start (UTC). */
  public IngestOutcome ingest(
      String inputName, byte[] bytes, LocalDate asOf, Optional<ListingFormat> forced)
      throws ListingParseException {
    try (ListingInput input = ListingInput.of(inputName, bytes)) {
      return ingest(
          input, asOf, asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), forced, IngestProgress.NONE);
    } catch (InputUnavailableException e) {
      throw new IllegalStateException("bytes in memory cannot fail to read", e);
    }
  }

  private void catchUpBehind(IngestReport report) {
    behind.execute(() -> ingestor.afterStored(report));
  }

  /**
   * Waits until the catch-ups of every input are done. Interrupted, it stops waiting and keeps the
   * interrupt; the periodic catch-up (or the next start) applies what is left.
   */
  @Override
  public void close() {
    behind.shutdown();
    try {
      while (!behind.awaitTermination(1, TimeUnit.MINUTES)) {
        // A catch-up of a very large batch takes long; keep waiting for it.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
