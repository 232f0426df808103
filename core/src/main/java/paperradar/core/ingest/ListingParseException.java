package paperradar.core.ingest;

/**
 * A listing that cannot be read. Its message is written for the user: {@code <input>:<line>: <what
 * is wrong>}. Parsers throw nothing else, whatever bytes they are given.
 */
public final class ListingParseException extends Exception {

  private final String input;
  private final int line;
  private final String reason;

  /** A line below 1 means the input as a whole and is reported as line 1. */
  public ListingParseException(String input, int line, String reason) {
    super(input + ":" + Math.max(1, line) + ": " + reason);
    this.input = input;
    this.line = Math.max(1, line);
    this.reason = reason;
  }

  public String input() {
    return input;
  }

  /** The 1-based line; 1 when the problem is the input as a whole. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }

  /** The message as given to the constructor: {@code input:line: reason}, never null. */
  @Override
  public String getMessage() {
    return input + ":" + line + ": " + reason;
  }
}
