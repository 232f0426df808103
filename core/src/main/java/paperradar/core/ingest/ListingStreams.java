package paperradar.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reading a listing as a stream: its format from a prefix, then its entries one at a time. */
public final class ListingStreams {

  /** How much of an input format detection reads: the parsers judge from their first 4,000. */
  static final int PREFIX_BYTES = 64 * 1024;

  private ListingStreams() {}

  /**
   * The parser for the input: the forced format's, or the first that recognises the input's first
   * {@link #PREFIX_BYTES} bytes; empty when none does.
   */
  public static Optional<ListingParser> detect(
      FormatDetector detector, ListingInput input, Optional<ListingFormat> forced)
      throws IOException {
    if (forced.isPresent()) {
      return detector.parserFor(forced.get());
    }
    return detector.detect(prefix(input));
  }

  /**
   * The first bytes of the input as text; a character cut at the end or a bad byte becomes U+FFFD
   * here: detection only looks for markers, and the parse reports bad bytes at their line.
   */
  static String prefix(ListingInput input) throws IOException {
    byte[] head;
    try (InputStream in = input.open()) {
      head = in.readNBytes(PREFIX_BYTES);
    }
    CharBuffer text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(head));
    String prefix = text.toString();
    return prefix.startsWith("\uFEFF") ? prefix.substring(1) : prefix;
  }

  /**
   * The checked entries of the listing whose bytes {@code in} delivers: each one's date and signals
   * {@linkplain EntryChecks checked} as the held path checks them. Closing the reader closes {@code
   * in}.
   */
  public static EntryReader entries(
      InputStream in, StreamingListingParser parser, ParseContext context)
      throws ListingParseException {
    EntryReader entries = parser.entries(new ListingTextReader(in), context);
    return new EntryReader() {
      @Override
      public @Nullable ListingEntry next() throws ListingParseException {
        ListingEntry entry = entries.next();
        return entry == null ? null : EntryChecks.checked(entry, context);
      }

      @Override
      public void close() {
        entries.close();
      }
    };
  }
}
