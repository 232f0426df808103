package paperradar.core.rank;

import java.util.Map;
import paperradar.core.model.Paper;
import paperradar.core.model.SignalName;

/**
 * One trending paper with its score and why.
 *
 * @param momentum the raw growth of its signals in the window, weighted, before decay
 * @param standing the weighted level its signals stand at, gained in the window or not; it breaks ties
 * @param why one line, e.g. {@code ▲ +42 upvotes in 24 h · HN 192 · 3 sources}
 * @param sparkline its main signal over the window, e.g. {@code ▁▁▂▃▅█}
 * @param growth the growth of each signal in the window
 * @param sources distinct source formats that showed it in the window
 */
public record TrendingEntry(Paper paper, double score, double momentum, double standing, String why, String sparkline,
    Map<SignalName, Long> growth, int sources) {

  public TrendingEntry {
    growth = Map.copyOf(growth);
  }
}
