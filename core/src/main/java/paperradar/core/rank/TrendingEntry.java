package paperradar.core.rank;

import java.util.Map;
import paperradar.core.model.Paper;
import paperradar.core.model.SignalName;

/**
 * One trending paper with its score and why.
 *
 * @param momentum the weighted points counted in the window before decay: its gains, or, for a
 *     paper seen at one capture only, its points as they stand; 0 puts it among the papers without
 *     numbers
 * @param standing the weighted level its signals stand at, gained in the window or not; it breaks
 *     ties
 * @param why one line, e.g. {@code ▲ +42 upvotes in 24 h · HN 192 · 3 sources}
 * @param sparkline its leading signal over the window, e.g. {@code ▁▁▂▃▅█}; empty when that signal
 *     did not take two different values there (or nothing gained)
 * @param growth the growth of each signal in the window
 * @param sources distinct source formats that showed it in the window
 */
public record TrendingEntry(
    Paper paper,
    double score,
    double momentum,
    double standing,
    String why,
    String sparkline,
    Map<SignalName, Long> growth,
    int sources) {

  public TrendingEntry {
    growth = Map.copyOf(growth);
  }

  /**
   * The sparkline and the why ({@code ▁▂█ ▲ +42 upvotes in 24 h}), or the why alone without a
   * sparkline.
   */
  public String sparkAndWhy() {
    return sparkline.isEmpty() ? why : sparkline + "  " + why;
  }
}
