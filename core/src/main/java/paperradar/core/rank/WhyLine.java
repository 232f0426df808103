package paperradar.core.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.SignalName;

/** The one line that says why a paper trends: {@code ▲ +42 upvotes in 24 h · HN 192 · 3 sources}. */
final class WhyLine {

  private WhyLine() {}

  /**
   * @param leading the signal that gained the most weighted points, or null when none gained any
   * @param growth points gained per signal in the window
   * @param latest the level of every signal the paper has
   */
  static String of(@Nullable SignalName leading, Map<SignalName, Long> growth, Map<SignalName, Long> latest, int sources,
      TrendWindow window) {
    List<String> parts = new ArrayList<>();
    if (leading != null) {
      parts.add("▲ +" + growth.get(leading) + " " + gainedName(leading) + " in " + window.label());
    } else {
      parts.add("seen in " + sources + (sources == 1 ? " source" : " sources"));
    }
    for (SignalName signal : SignalName.values()) {
      if (signal != leading && latest.containsKey(signal)) {
        parts.add(level(signal, latest.get(signal)));
      }
    }
    if (leading != null && sources > 1) {
      parts.add(sources + " sources");
    }
    return String.join(" · ", parts);
  }

  private static String gainedName(SignalName signal) {
    return switch (signal) {
      case UPVOTES -> "upvotes";
      case HACKER_NEWS -> "HN points";
      case REDDIT -> "Reddit points";
      case COMMENTS -> "comments";
    };
  }

  private static String level(SignalName signal, long value) {
    return switch (signal) {
      case UPVOTES -> value + " upvotes";
      case HACKER_NEWS -> "HN " + value;
      case REDDIT -> "Reddit " + value;
      case COMMENTS -> value + " comments";
    };
  }
}
