package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The date of the one timestamp shape nearly every Atom feed writes, {@code 2024-01-31T18:00:00Z}
 * or with a {@code ±hh:mm} offset, read by hand: {@link FeedDates} reads every other form with
 * {@code java.time}'s parsers, which cost more than the rest of an entry. Anything this reader is
 * not certain of (another shape, a value out of range) is left to them.
 */
final class IsoTimestamps {

  private static final int DATE_TIME_LENGTH = "2024-01-31T18:00:00".length();

  private IsoTimestamps() {}

  /**
   * The date the timestamp names in its own offset, exactly as {@code
   * OffsetDateTime.parse(value).toLocalDate()} reads it; null when the value has another shape or a
   * field out of range, for the general parsers to decide.
   */
  static @Nullable LocalDate date(String value) {
    int length = value.length();
    boolean utc = length == DATE_TIME_LENGTH + 1 && value.charAt(DATE_TIME_LENGTH) == 'Z';
    boolean offset = length == DATE_TIME_LENGTH + 6 && isOffset(value, DATE_TIME_LENGTH);
    if (!utc && !offset) {
      return null;
    }
    if (!(value.charAt(4) == '-'
        && value.charAt(7) == '-'
        && value.charAt(10) == 'T'
        && value.charAt(13) == ':'
        && value.charAt(16) == ':')) {
      return null;
    }
    int year = number(value, 0, 4);
    int month = number(value, 5, 2);
    int day = number(value, 8, 2);
    int hour = number(value, 11, 2);
    int minute = number(value, 14, 2);
    int second = number(value, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return null;
    }
    if (second < 0 || second > 59) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** {@code +hh:mm} or {@code -hh:mm} with hours below 18 and minutes below 60. */
  private static boolean isOffset(String value, int at) {
    char sign = value.charAt(at);
    if ((sign != '+' && sign != '-') || value.charAt(at + 3) != ':') {
      return false;
    }
    int hours = number(value, at + 1, 2);
    int minutes = number(value, at + 4, 2);
    return hours >= 0 && hours < 18 && minutes >= 0 && minutes < 60;
  }

  /** The ASCII digits at {@code from} as a number, or -1 when one of them is no digit. */
  private static int number(String value, int from, int digits) {
    int number = 0;
    for (int i = from; i < from + digits; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
