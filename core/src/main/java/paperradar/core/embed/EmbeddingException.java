package paperradar.core.embed;

/**
 * The embedding model failed on a batch of texts (it did not load, or the runtime refused the
 * input).
 */
public final class EmbeddingException extends RuntimeException {

  public EmbeddingException(String message, Throwable cause) {
    super(message, cause);
  }
}
