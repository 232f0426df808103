package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates feeds carry: ISO 8601 / RFC 3339 (Atom, JSON; with or without a time or an
 * offset) and RFC 822 / 1123 (RSS), with a numeric offset or a zone name ({@code GMT}, {@code UT},
 * {@code Z}, {@code EST}, {@code PDT}…). The date is the one the timestamp names in its own zone.
 */
final class FeedDates {

  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2}|\\d{4})"
              + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?(?:\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?");

  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("GMT", 0),
          Map.entry("Z", 0),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7),
          Map.entry("BST", 1),
          Map.entry("CET", 1),
          Map.entry("CEST", 2),
          Map.entry("IST", 5));

  private FeedDates() {}

  /** The date of a timestamp, or empty when the text is no date any known form reads. */
  static Optional<LocalDate> parse(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    LocalDate common = IsoTimestamps.date(value);
    if (common != null) {
      return Optional.of(common);
    }
    return iso(value).or(() -> rfc822(value));
  }

  private static Optional<LocalDate> iso(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toLocalDate());
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate());
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.replace(' ', 'T')).toLocalDate());
    } catch (DateTimeParseException notSpaced) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> rfc822(String value) {
    Matcher m = RFC_822.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MonthDayDates.MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900;
    }
    try {
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
      if (m.group(4) == null || m.group(7) == null) {
        return Optional.of(date);
      }
      Optional<ZoneOffset> offset = offset(m.group(7));
      if (offset.isEmpty()) {
        return Optional.empty();
      }
      int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime time =
          date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
      return Optional.of(time.atOffset(offset.get()).toLocalDate());
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(String zone) {
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      int sign = zone.startsWith("-") ? -1 : 1;
      int hours = Integer.parseInt(digits.substring(1, 3));
      int minutes = Integer.parseInt(digits.substring(3, 5));
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
    Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
    return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
  }

  /**
   * The date of an element, or null when it has none or cannot be read: an unreadable date leaves
   * the paper undated (and says so as a warning naming the line) rather than refusing the whole
   * feed.
   */
  static @Nullable LocalDate lenient(XmlNode element, ParseContext context) {
    return lenient(element.text(), element.line(), "<" + element.name() + ">", context);
  }

  /** As {@link #lenient(XmlNode, ParseContext)}, for a date found elsewhere (a JSON field). */
  static @Nullable LocalDate lenient(
      @Nullable String text, int line, String where, ParseContext context) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<LocalDate> date = parse(text);
    if (date.isEmpty()) {
      context.warn(
          line,
          "unreadable date in "
              + where
              + ": \""
              + AimodelsParser.shorten(text)
              + "\"; the paper is kept without a date");
      return null;
    }
    return date.get();
  }
}
