package paperradar.core.subscribe;

/** A subscription that cannot be made: over a limit, or already there. The message says which, for the user. */
public final class TopicRefusedException extends RuntimeException {

  public TopicRefusedException(String message) {
    super(message);
  }
}
