package paperradar.core.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.SignalName;

/**
 * The one line that says why a paper trends: {@code ▲ +42 upvotes in 24 h · HN 192 · 3 sources}. It
 * names only signals that are not zero, and counts in correct English ({@code 1 upvote}, {@code 2
 * upvotes}).
 */
final class WhyLine {

  private WhyLine() {}

  /**
   * @param leading the signal that gained the most weighted points, or null when none gained any
   * @param growth points gained per signal in the window
   * @param latest the level of every signal the paper has
   */
  static String of(
      @Nullable SignalName leading,
      Map<SignalName, Long> growth,
      Map<SignalName, Long> latest,
      int sources,
      TrendWindow window) {
    List<String> parts = new ArrayList<>();
    if (leading == null) {
      parts.add("seen in " + plural(sources, "source"));
      addLevels(parts, latest, null);
      return String.join(" · ", parts);
    }
    parts.add("▲ +" + gained(leading, growth.getOrDefault(leading, 0L)) + " in " + window.label());
    addLevels(parts, latest, leading);
    if (sources > 1) {
      parts.add(sources + " sources");
    }
    return String.join(" · ", parts);
  }

  /**
   * For a paper at its first capture: the levels its signals stand at, or where it was seen when
   * all are 0.
   */
  static String standing(Map<SignalName, Long> latest, int sources) {
    List<String> parts = new ArrayList<>();
    addLevels(parts, latest, null);
    if (parts.isEmpty()) {
      return "seen in " + plural(sources, "source");
    }
    if (sources > 1) {
      parts.add(sources + " sources");
    }
    return String.join(" · ", parts);
  }

  private static void addLevels(
      List<String> parts, Map<SignalName, Long> latest, @Nullable SignalName except) {
    for (SignalName signal : SignalName.values()) {
      Long value = latest.get(signal);
      if (signal != except && value != null && value != 0) {
        parts.add(level(signal, value));
      }
    }
  }

  private static String gained(SignalName signal, long points) {
    return switch (signal) {
      case UPVOTES -> plural(points, "upvote");
      case HACKER_NEWS -> plural(points, "HN point");
      case REDDIT -> plural(points, "Reddit point");
      case COMMENTS -> plural(points, "comment");
    };
  }

  private static String level(SignalName signal, long value) {
    return signal.level(value);
  }

  private static String plural(long count, String noun) {
    return SignalName.plural(count, noun);
  }
}
