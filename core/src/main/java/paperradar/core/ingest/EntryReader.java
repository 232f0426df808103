package paperradar.core.ingest;

import org.jspecify.annotations.Nullable;

/**
 * The entries of one listing, read one at a time from its text as a stream: only the entry being
 * read is held, so a listing of any length fits in a small heap.
 */
public interface EntryReader extends AutoCloseable {

  /**
   * The next entry in listing order (positions from 1), or null once the listing has ended and all
   * of it has been checked: a listing that turns out truncated or malformed after its last entry
   * throws here rather than ending early.
   */
  @Nullable ListingEntry next() throws ListingParseException;

  /** Releases the text the entries are read from. */
  @Override
  void close();
}
