package paperradar.core.ingest;

/**
 * An entry whose title is blank once control characters are removed (a title of NUL bytes, say). A
 * parser checks for a missing title itself; this one only shows up after cleaning, so {@link
 * Parsers} turns it into a {@link ListingParseException} at the entry's line for every parser
 * alike.
 */
final class UnreadableTitleException extends RuntimeException {

  private static final String REASON =
      "an entry's title is blank once its control characters are removed";

  private final int line;

  UnreadableTitleException(int line) {
    super(REASON, null, false, false);
    this.line = line;
  }

  @Override
  public String getMessage() {
    return REASON;
  }

  int line() {
    return line;
  }
}
