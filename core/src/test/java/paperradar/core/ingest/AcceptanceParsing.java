package paperradar.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import paperradar.core.SharedData;

/** Parses a real capture from ../shared with format detection, as the ingest command does. */
final class AcceptanceParsing {

  /** The capture date the acceptance tests resolve year-less dates against. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private AcceptanceParsing() {}

  static Listing parseShared(String relative) throws IOException, ListingParseException {
    Path path = SharedData.require(relative);
    String text = ListingText.decode(Files.readAllBytes(path), path.toString());
    return Parsers.detector()
        .parse(text, new ParseContext(path.toString(), AS_OF), java.util.Optional.empty());
  }
}
