package paperradar.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.ingest.FormatDetector;
import paperradar.core.ingest.InputUnavailableException;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.ListingInput;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.ListingStreams;
import paperradar.core.ingest.ListingText;
import paperradar.core.ingest.ParseContext;
import paperradar.core.ingest.StreamingListingParser;
import paperradar.core.ingest.UncheckedListingParseException;
import paperradar.core.model.Paper;
import paperradar.core.store.Capture;
import paperradar.core.store.IngestReport;
import paperradar.core.store.PaperStore;

/**
 * Turns one input's bytes into stored papers: decode, detect the format, parse, store in one
 * transaction, then run what follows the store (the index's and topic matching's catch-up from the
 * store's change feed) and tell the listeners (metrics) which papers changed.
 */
public final class Ingestor {

  private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

  private final FormatDetector detector;
  private final PaperStore store;
  private final List<PaperListener> listeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> afterStore = new CopyOnWriteArrayList<>();

  /**
   * Inputs from this size on are parsed while they are stored, when their format can be read as a
   * stream: below it, holding a listing whole costs little and is as fast.
   */
  public static final long STREAM_FROM_BYTES = 4L * 1024 * 1024;

  private final long streamFromBytes;

  public Ingestor(FormatDetector detector, PaperStore store) {
    this(detector, store, STREAM_FROM_BYTES);
  }

  /** As above, streaming inputs from {@code streamFromBytes} on (tests stream small ones). */
  public Ingestor(FormatDetector detector, PaperStore store, long streamFromBytes) {
    this.detector = detector;
    this.store = store;
    this.streamFromBytes = streamFromBytes;
  }

  /**
   * Told which papers changed after each ingest that changed any: an in-process observer, such as
   * metrics.
   */
  public void addListener(PaperListener listener) {
    listeners.add(listener);
  }

  /**
   * Runs after each ingest that stored something, before the ingest counts as over: the catch-up
   * that puts the store's changes into the index and through topic matching. A failure is logged,
   * not thrown: the papers are stored, and the next catch-up (periodic, or at the next start)
   * applies them.
   */
  public void afterStore(Runnable catchUp) {
    afterStore.add(catchUp);
  }

  /**
   * Ingests a listing captured on a day: the capture time is the start of that day (UTC), so the
   * same input ingested again with the same capture date is the same capture and changes nothing.
   */
  public IngestOutcome ingest(
      String inputName, byte[] bytes, LocalDate asOf, Optional<ListingFormat> forced)
      throws ListingParseException {
    return ingest(inputName, bytes, asOf, forced, IngestProgress.NONE);
  }

  /**
   * Ingests a listing captured on a day, as above, telling {@code progress} how far storing it has
   * come.
   */
  public IngestOutcome ingest(
      String inputName,
      byte[] bytes,
      LocalDate asOf,
      Optional<ListingFormat> forced,
      IngestProgress progress)
      throws ListingParseException {
    return ingest(
        inputName, bytes, asOf, asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), forced, progress);
  }

  /** Ingests a listing captured at an exact time, as the source poller does. */
  public IngestOutcome ingest(
      String inputName,
      byte[] bytes,
      LocalDate asOf,
      Instant capturedAt,
      Optional<ListingFormat> forced)
      throws ListingParseException {
    return ingest(inputName, bytes, asOf, capturedAt, forced, IngestProgress.NONE);
  }

  /**
   * Ingests a listing captured at an exact time, dates without a year resolving against {@code
   * asOf}, telling {@code progress} how far storing it has come.
   */
  public IngestOutcome ingest(
      String inputName,
      byte[] bytes,
      LocalDate asOf,
      Instant capturedAt,
      Optional<ListingFormat> forced,
      IngestProgress progress)
      throws ListingParseException {
    try {
      return ingestInput(
          ListingInput.of(inputName, bytes), asOf, capturedAt, forced, progress, this::afterStored);
    } catch (IOException e) {
      throw new UncheckedIOException("bytes in memory cannot fail to read", e);
    }
  }

  /**
   * Ingests an input that may be far larger than the heap: a listing of {@link #streamFromBytes} or
   * more in a format read as a stream is parsed while it is stored, in the one transaction that
   * stores it, so a parse error at its end still leaves nothing of it stored. Other inputs are read
   * whole, as the {@code byte[]} forms do.
   */
  public IngestOutcome ingest(
      ListingInput input,
      LocalDate asOf,
      Instant capturedAt,
      Optional<ListingFormat> forced,
      IngestProgress progress)
      throws ListingParseException, InputUnavailableException {
    return ingest(input, asOf, capturedAt, forced, progress, this::afterStored);
  }

  /**
   * As above, handing the stored report to {@code afterStored} instead of catching up at once: an
   * {@link IngestBatch} catches up behind the next input's parse and store.
   */
  IngestOutcome ingest(
      ListingInput input,
      LocalDate asOf,
      Instant capturedAt,
      Optional<ListingFormat> forced,
      IngestProgress progress,
      Consumer<IngestReport> afterStored)
      throws ListingParseException, InputUnavailableException {
    try {
      return ingestInput(input, asOf, capturedAt, forced, progress, afterStored);
    } catch (IOException e) {
      throw new InputUnavailableException(input.name(), "cannot be read: " + e.getMessage());
    }
  }

  /**
   * A run of several inputs, as {@code ingest FILE...} gives: each input's catch-up (index and
   * topic matching) runs on a thread of its own while the next input is parsed and stored, and
   * closing the batch waits until the index and matching are in step with all of them.
   */
  public IngestBatch batch() {
    return new IngestBatch(this);
  }

  private IngestOutcome ingestInput(
      ListingInput input,
      LocalDate asOf,
      Instant capturedAt,
      Optional<ListingFormat> forced,
      IngestProgress progress,
      Consumer<IngestReport> afterStored)
      throws ListingParseException, IOException {
    progress.phase(IngestProgress.Phase.PARSING, 0);
    ParseContext context = new ParseContext(input.name(), asOf);
    if (input.size() >= streamFromBytes
        && ListingStreams.detect(detector, input, forced).orElse(null)
            instanceof StreamingListingParser parser) {
      return ingestStreamed(input, parser, context, capturedAt, progress, afterStored);
    }
    String text = ListingText.decode(input.readAll(), input.name());
    Listing listing = detector.parse(text, context, forced);
    ThrottledProgress throttled = new ThrottledProgress(progress, listing.entries().size());
    Capture capture = ListingCaptures.capture(input.name(), listing, capturedAt, input.sha256());
    progress.phase(IngestProgress.Phase.STORING, listing.entries().size());
    IngestReport report = store.ingest(capture, throttled);
    progress.phase(IngestProgress.Phase.INDEXING, listing.entries().size());
    afterStored.accept(report);
    // Only now, with the index and topics in step too, is the ingest over.
    throttled.finish();
    return new IngestOutcome(input.name(), listing.format(), report);
  }

  private IngestOutcome ingestStreamed(
      ListingInput input,
      StreamingListingParser parser,
      ParseContext context,
      Instant capturedAt,
      IngestProgress progress,
      Consumer<IngestReport> afterStored)
      throws ListingParseException {
    IngestReport report;
    try (StreamedSightings sightings = new StreamedSightings(input, parser, context)) {
      ThrottledProgress throttled = new ThrottledProgress(progress, sightings::estimatedTotal);
      sightings.onEnd(throttled::readAll);
      Capture capture =
          new Capture(
              input.name(), parser.format().cliName(), sightings, capturedAt, input.sha256());
      progress.phase(IngestProgress.Phase.STORING, IngestProgress.ESTIMATED);
      report = store.ingest(capture, throttled);
      progress.phase(IngestProgress.Phase.INDEXING, report.read());
      afterStored.accept(report);
      throttled.finish(report.read());
    } catch (UncheckedListingParseException e) {
      // Thrown from inside the store's transaction, which rolled back: nothing of it is stored.
      throw e.parseError();
    }
    return new IngestOutcome(input.name(), parser.format(), report);
  }

  /**
   * Ingests entries that were read elsewhere, such as the arXiv API's answers to an enrichment, as
   * one capture: stored, indexed and matched like any listing.
   */
  public IngestOutcome ingestRead(String inputName, Listing listing, Instant capturedAt) {
    byte[] identity =
        (inputName + "\n" + capturedAt + "\n" + listing).getBytes(StandardCharsets.UTF_8);
    Capture capture = ListingCaptures.capture(inputName, listing, capturedAt, sha256(identity));
    IngestReport report = store.ingest(capture);
    afterStored(report);
    return new IngestOutcome(inputName, listing.format(), report);
  }

  /**
   * The index and topic matching catch up with what this ingest changed; then the listeners hear of
   * it.
   */
  void afterStored(IngestReport report) {
    if (!report.alreadyStored() && !report.paperIds().isEmpty()) {
      catchUp();
      if (!listeners.isEmpty()) {
        notifyListeners(report);
      }
    }
  }

  private void catchUp() {
    for (Runnable step : afterStore) {
      try {
        step.run();
      } catch (RuntimeException e) {
        log.error(
            "catching up with the store after an ingest failed; the next catch-up retries", e);
      }
    }
  }

  private void notifyListeners(IngestReport report) {
    List<Paper> changed = store.papers(report.paperIds());
    for (PaperListener listener : listeners) {
      try {
        listener.papersChanged(changed, report.newPaperIds());
      } catch (RuntimeException e) {
        // The papers are stored; a listener that fails (say, the index) is repaired by a rebuild.
        log.error("paper listener {} failed after an ingest; run reindex to repair", listener, e);
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
