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

  /**
   * Whether the text looks like this format, judged from its content alone (markers, root element,
   * JSON shape). Cheap, never throws; detection asks the parsers in a fixed order, specific formats
   * before the generic feed.
   */
  boolean recognizes(String text);

  Listing parse(String text, ParseContext context) throws ListingParseException;
}
