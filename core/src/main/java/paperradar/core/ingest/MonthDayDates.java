package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates written as {@code Nov 20, 2015} or, for the current year, {@code Jul 17}. */
final class MonthDayDates {

  /**
   * English month names and abbreviations, lower case, to their numbers: the one table every date
   * reader uses.
   */
  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** Month, day, optional year, then an optional trailing count (the upvotes on HF pages). */
  static final Pattern DATE_LINE =
      Pattern.compile("([A-Za-z]{3,4})\\.? (\\d{1,2})(?:, ?(\\d{4}))?(?: ([0-9][0-9.,]*[kK]?))?");

  private MonthDayDates() {}

  static boolean isMonth(String word) {
    return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The date of a matched {@link #DATE_LINE}; without a year, the most recent such day not after
   * {@code notAfter}. Throws DateTimeException for a day that does not exist.
   */
  static LocalDate resolve(Matcher matcher, LocalDate notAfter) {
    Integer month = MONTHS.get(matcher.group(1).toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new DateTimeException("unknown month " + matcher.group(1));
    }
    int day = Integer.parseInt(matcher.group(2));
    if (matcher.group(3) != null) {
      return LocalDate.of(Integer.parseInt(matcher.group(3)), month, day);
    }
    return YearlessDates.mostRecent(MonthDay.of(month, day), notAfter);
  }
}
