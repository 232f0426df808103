package paperradar.core.subscribe;

/** A feed a channel may not add (one too many, or one it already has), with the reason. */
public final class FeedRefusedException extends RuntimeException {
  private final String reason;

  public FeedRefusedException(String reason) {
    super(reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
