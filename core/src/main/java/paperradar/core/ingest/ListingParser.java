package paperradar.core.ingest;

/**
 * Reads one listing format.
 *
 * <p>Contract: a parser MUST either return every entry of the listing or throw {@link
 * ListingParseException}; it MUST NOT throw anything else for any text, and it MUST NOT return a
 * partial listing (a truncated entry is an error, not a shorter listing).
 */
public interface ListingParser {

  ListingFormat format();

  Listing parse(String text, ParseContext context) throws ListingParseException;
}
