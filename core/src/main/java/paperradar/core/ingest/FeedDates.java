package paperradar.core.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the dates feeds carry: RFC 3339 (Atom, JSON) and RFC 1123 (RSS). */
final class FeedDates {

  private FeedDates() {}

  /** The date of a timestamp, or empty when the text is no date either format knows. */
  static Optional<LocalDate> parse(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toLocalDate());
    } catch (DateTimeParseException notIso) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException notRfc1123) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  /** A date that must be readable when present: an unreadable one is an error at its line. */
  static LocalDate required(XmlNode element, ParseContext context) throws ListingParseException {
    Optional<LocalDate> date = parse(element.text());
    if (date.isEmpty()) {
      throw context.error(element.line(), "unreadable date in <" + element.name() + ">: \""
          + AimodelsParser.shorten(element.text()) + "\"");
    }
    return date.get();
  }
}
