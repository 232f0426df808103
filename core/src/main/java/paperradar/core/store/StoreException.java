package paperradar.core.store;

/** The database failed; not the user's fault, so it is logged with its cause and answered with an apology. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
