package paperradar.core.subscribe;

/**
 * A subscription that cannot be made: over a limit, or already there. The message says which, for
 * the user.
 */
public final class TopicRefusedException extends RuntimeException {

  private final String reason;

  public TopicRefusedException(String message) {
    super(message);
    this.reason = message;
  }

  /** The message for the user, as given: never null. */
  @Override
  public String getMessage() {
    return reason;
  }
}
