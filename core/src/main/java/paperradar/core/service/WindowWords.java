package paperradar.core.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.rank.TrendWindow;

/**
 * Recognises a word meant as a time window that trending does not take ({@code year}, {@code
 * today}, {@code 24h}, {@code 7d}, {@code weekly}…), so that it gets a hint rather than become a
 * topic nobody meant.
 */
final class WindowWords {

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(\\d+)\\s*(h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mos?|months?" + "|y|yrs?|years?)");

  private WindowWords() {}

  /** The window closest to what the word asks for, when the word reads as a window at all. */
  static Optional<TrendWindow> closest(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    Matcher amount = AMOUNT.matcher(w);
    if (amount.matches()) {
      return Optional.of(closestTo(days(Integer.parseInt(amount.group(1)), amount.group(2))));
    }
    return switch (w) {
      case "hour", "hourly", "today", "yesterday", "now", "daily", "24", "last24h" ->
          Optional.of(TrendWindow.DAY);
      case "weekly", "7", "fortnight", "biweekly" -> Optional.of(TrendWindow.WEEK);
      case "monthly",
          "30",
          "year",
          "yearly",
          "annual",
          "annually",
          "quarter",
          "quarterly",
          "all",
          "alltime",
          "all-time",
          "ever",
          "forever" ->
          Optional.of(TrendWindow.MONTH);
      default -> Optional.empty();
    };
  }

  private static double days(int count, String unit) {
    return switch (unit.charAt(0)) {
      case 'h' -> count / 24.0;
      case 'd' -> count;
      case 'w' -> count * 7.0;
      case 'm' -> count * 30.0;
      default -> count * 365.0;
    };
  }

  private static TrendWindow closestTo(double days) {
    if (days <= 2) {
      return TrendWindow.DAY;
    }
    return days <= 14 ? TrendWindow.WEEK : TrendWindow.MONTH;
  }
}
