package paperradar.core.rank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.SignalName;
import paperradar.core.model.Sighting;

/** Every sighting of one paper up to the ranking's clock, folded into signal series and breadth. */
final class PaperHistory {

  private final Map<SignalName, SignalSeries> series = new EnumMap<>(SignalName.class);
  private final Set<String> sourcesInWindow = new HashSet<>();
  private final Set<String> listingsInWindow = new HashSet<>();
  private final List<Instant> seenInWindow = new ArrayList<>();
  private final Instant windowStart;
  private @Nullable Instant lastSeen;

  PaperHistory(List<Sighting> sightings, Instant windowStart) {
    this.windowStart = windowStart;
    for (Sighting sighting : sightings) {
      sighting.signals().forEach((signal, value) ->
          series.computeIfAbsent(signal, s -> new SignalSeries()).add(sighting.capturedAt(), value));
      if (sighting.capturedAt().isAfter(windowStart)) {
        sourcesInWindow.add(sighting.format());
        listingsInWindow.add(sighting.input());
        seenInWindow.add(sighting.capturedAt());
      }
      if (lastSeen == null || sighting.capturedAt().isAfter(lastSeen)) {
        lastSeen = sighting.capturedAt();
      }
    }
  }

  Map<SignalName, SignalSeries> series() {
    return series;
  }

  int sources() {
    return sourcesInWindow.size();
  }

  int listings() {
    return listingsInWindow.size();
  }

  /** The latest sighting's time; only for a history with a sighting (the ranker ranks no other). */
  Instant lastSeen() {
    return Objects.requireNonNull(lastSeen, "a history without sightings has no last sighting");
  }

  /** How many times the paper had been seen in the window by the end of each sparkline bucket. */
  long[] sightingCounts(Instant now) {
    Instant[] ends = Buckets.ends(windowStart, now);
    long[] counts = new long[ends.length];
    for (int k = 0; k < ends.length; k++) {
      Instant end = ends[k];
      counts[k] = seenInWindow.stream().filter(seen -> !seen.isAfter(end)).count();
    }
    return counts;
  }
}
