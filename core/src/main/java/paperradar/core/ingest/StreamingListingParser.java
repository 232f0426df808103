package paperradar.core.ingest;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A format whose listings come large (API dumps, feeds of a whole archive): it reads them as a
 * stream, an entry at a time. Reading the whole text in memory is the same code over a string, so
 * both ways report the same entries and the same errors at the same lines.
 */
public interface StreamingListingParser extends ListingParser {

  /**
   * The entries of the listing whose text {@code text} delivers; the reader is closed with them.
   */
  EntryReader entries(Reader text, ParseContext context) throws ListingParseException;

  @Override
  default Listing parse(String text, ParseContext context) throws ListingParseException {
    List<ListingEntry> entries = new ArrayList<>();
    try (EntryReader reader = entries(new StringReader(text), context)) {
      for (ListingEntry entry = reader.next(); entry != null; entry = reader.next()) {
        entries.add(entry);
      }
    }
    return new Listing(format(), entries);
  }
}
