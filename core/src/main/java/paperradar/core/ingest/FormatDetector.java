package paperradar.core.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Finds the format of a listing from its content, asking parsers in order, specific formats first.
 */
public final class FormatDetector {

  private final List<ListingParser> parsers;

  public FormatDetector(List<ListingParser> parsers) {
    this.parsers = List.copyOf(parsers);
  }

  public Optional<ListingParser> detect(String text) {
    return parsers.stream().filter(parser -> parser.recognizes(text)).findFirst();
  }

  public Optional<ListingParser> parserFor(ListingFormat format) {
    return parsers.stream().filter(parser -> parser.format() == format).findFirst();
  }

  /**
   * Detects the format, or uses the forced one, parses, and {@linkplain EntryChecks checks} the
   * entries.
   */
  public Listing parse(String text, ParseContext context, Optional<ListingFormat> forced)
      throws ListingParseException {
    ListingParser parser;
    if (forced.isPresent()) {
      parser =
          parserFor(forced.get())
              .orElseThrow(
                  () -> context.error(1, "no parser for format " + forced.get().cliName()));
    } else {
      parser =
          detect(text)
              .orElseThrow(
                  () ->
                      context.error(
                          1,
                          "not a listing paper-radar knows (formats: "
                              + ListingFormat.cliNames()
                              + ")"));
    }
    return EntryChecks.checked(parser.parse(text, context), context);
  }
}
