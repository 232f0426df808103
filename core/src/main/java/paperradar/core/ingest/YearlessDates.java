package paperradar.core.ingest;

import java.time.LocalDate;
import java.time.MonthDay;

/** Resolves a day written without a year ("Dec 8") to a real date. */
public final class YearlessDates {

  private YearlessDates() {}

  /** The most recent date on that month and day that is not after {@code notAfter}. */
  public static LocalDate mostRecent(MonthDay day, LocalDate notAfter) {
    for (int year = notAfter.getYear(); ; year--) {
      if (day.isValidYear(year)) {
        LocalDate candidate = day.atYear(year);
        if (!candidate.isAfter(notAfter)) {
          return candidate;
        }
      }
    }
  }
}
