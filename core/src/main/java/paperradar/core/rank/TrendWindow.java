package paperradar.core.rank;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The window trending looks back over. */
public enum TrendWindow {
  DAY(Duration.ofHours(24), "24 h"),
  WEEK(Duration.ofDays(7), "7 d"),
  MONTH(Duration.ofDays(30), "30 d");

  private final Duration length;
  private final String label;

  TrendWindow(Duration length, String label) {
    this.length = length;
    this.label = label;
  }

  public Duration length() {
    return length;
  }

  /** How the window reads in a why: {@code 24 h}, {@code 7 d}, {@code 30 d}. */
  public String label() {
    return label;
  }

  public static Optional<TrendWindow> parse(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
