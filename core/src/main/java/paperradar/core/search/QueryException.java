package paperradar.core.search;

/** A query that cannot be run; the message is written for the person who typed it. */
public final class QueryException extends RuntimeException {

  public QueryException(String message) {
    super(message);
  }
}
