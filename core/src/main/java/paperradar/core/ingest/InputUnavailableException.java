package paperradar.core.ingest;

/** An input that could not be read or fetched at all; the message is written for the user. */
public final class InputUnavailableException extends Exception {

  private final String input;
  private final String reason;

  public InputUnavailableException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
    this.reason = reason;
  }

  public String input() {
    return input;
  }

  public String reason() {
    return reason;
  }
}
