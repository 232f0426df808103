package paperradar.core.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a parser knows besides the text.
 *
 * @param inputName the file or URL, used in error messages
 * @param asOf the capture date: years missing from the listing's dates are resolved against it
 */
public record ParseContext(String inputName, LocalDate asOf) {

  public ParseContext {
    Objects.requireNonNull(inputName, "inputName");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Something the parser read past without refusing the input (an unreadable date): said on stderr
   * with the input and line, as the ingest command's errors are.
   */
  public void warn(int line, String message) {
    System.err.println("warning: " + inputName + ":" + line + ": " + message);
  }

  /** A parse error at a line of this input. */
  public ListingParseException error(int line, String message) {
    return new ListingParseException(inputName, line, message);
  }
}
