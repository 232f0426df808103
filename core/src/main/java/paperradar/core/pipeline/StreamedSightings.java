package paperradar.core.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import paperradar.core.ingest.EntryReader;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.ListingInput;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.ListingStreams;
import paperradar.core.ingest.ParseContext;
import paperradar.core.ingest.StreamingListingParser;
import paperradar.core.ingest.UncheckedListingParseException;
import paperradar.core.store.PaperSighting;

/**
 * The sightings of a listing parsed while the store takes them: each {@link #iterator()} reads the
 * input from its first byte (a store that retries its transaction reads it again), holding one
 * entry at a time. A parse error is thrown from the iterator as an {@link
 * UncheckedListingParseException}, so the store's transaction rolls back and nothing is stored.
 */
final class StreamedSightings implements Iterable<PaperSighting>, AutoCloseable {

  private final ListingInput input;
  private final StreamingListingParser parser;
  private final ParseContext context;
  private final ListingFormat format;
  private final List<EntryReader> opened = new ArrayList<>();
  private volatile long bytesRead;
  private volatile int entriesRead;
  private volatile boolean readToTheEnd;
  private IntConsumer onEnd = count -> {};

  StreamedSightings(ListingInput input, StreamingListingParser parser, ParseContext context) {
    this.input = input;
    this.parser = parser;
    this.context = context;
    this.format = parser.format();
  }

  ListingFormat format() {
    return format;
  }

  /**
   * Told the entry count once the listing has been read to its end, so the bar shows the exact
   * count while the store finishes its transaction.
   */
  void onEnd(IntConsumer onEnd) {
    this.onEnd = onEnd;
  }

  /**
   * The listing's entry count as far as it can be told: exact once the last entry is read, before
   * that estimated from the bytes read so far, and then always more than the entries read, so a bar
   * never shows 100% before the end.
   */
  long estimatedTotal() {
    long entries = entriesRead;
    long bytes = bytesRead;
    if (readToTheEnd) {
      return entries;
    }
    if (entries == 0 || bytes == 0) {
      return 0;
    }
    long estimate = (long) ((double) entries * input.size() / bytes);
    return Math.max(entries + 1, estimate);
  }

  @Override
  public synchronized Iterator<PaperSighting> iterator() {
    EntryReader entries;
    try {
      entries = ListingStreams.entries(new Counted(input.open()), parser, context);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + input.name() + " again failed", e);
    } catch (ListingParseException e) {
      throw new UncheckedListingParseException(e);
    }
    opened.add(entries);
    entriesRead = 0;
    readToTheEnd = false;
    return new Iterator<>() {
      private @Nullable ListingEntry next;
      private boolean ended;

      @Override
      public boolean hasNext() {
        if (next == null && !ended) {
          try {
            next = entries.next();
          } catch (ListingParseException e) {
            entries.close();
            throw new UncheckedListingParseException(e);
          }
          if (next == null) {
            ended = true;
            entries.close();
            readToTheEnd = true;
            onEnd.accept(entriesRead);
          }
        }
        return next != null;
      }

      @Override
      public PaperSighting next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ListingEntry entry = Objects.requireNonNull(next, "hasNext() holds the next entry");
        next = null;
        entriesRead++;
        return ListingCaptures.sighting(entry, format);
      }
    };
  }

  /** Closes every reading of the input still open (a store that stopped part way). */
  @Override
  public synchronized void close() {
    opened.forEach(EntryReader::close);
    opened.clear();
  }

  /** Counts the bytes the parser has taken, for the estimate. */
  private final class Counted extends FilterInputStream {
    private long count;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead = ++count;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
        bytesRead = count;
      }
      return read;
    }
  }
}
