package paperradar.core.store;

import org.jspecify.annotations.Nullable;

/**
 * The database failed; not the user's fault, so it is logged with its cause and answered with an
 * apology.
 */
public final class StoreException extends RuntimeException {

  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
