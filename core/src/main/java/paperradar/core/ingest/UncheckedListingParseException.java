package paperradar.core.ingest;

/**
 * A {@link ListingParseException} met while a streamed listing's entries are handed to a consumer
 * that takes no checked exceptions (a store's loop over a capture's sightings). Whoever started the
 * ingest unwraps it, once the store has rolled its transaction back.
 */
public final class UncheckedListingParseException extends RuntimeException {

  private final ListingParseException parseError;

  public UncheckedListingParseException(ListingParseException cause) {
    super(cause.getMessage(), cause, false, false);
    this.parseError = cause;
  }

  /** The parse error, to be thrown on as it was. */
  public ListingParseException parseError() {
    return parseError;
  }
}
