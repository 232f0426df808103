package paperradar.core.rank;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.PaperSource;
import paperradar.core.model.Sighting;
import paperradar.core.model.SignalName;

/** Every sighting of one paper up to the ranking's clock, folded into signal series and breadth. */
final class PaperHistory {

  private final Map<SignalName, SignalSeries> series = new EnumMap<>(SignalName.class);
  private final Set<PaperSource> sourcesInWindow = EnumSet.noneOf(PaperSource.class);
  private final Set<String> listingsInWindow = new HashSet<>();
  private final Set<Instant> signalCaptures = new HashSet<>();
  private @Nullable Instant lastSeen;
  private @Nullable Instant firstNews;

  PaperHistory(List<Sighting> sightings, Instant windowStart) {
    for (Sighting sighting : sightings) {
      sighting
          .signals()
          .forEach(
              (signal, value) ->
                  series
                      .computeIfAbsent(signal, s -> new SignalSeries())
                      .add(sighting.capturedAt(), value));
      if (sighting.capturedAt().isAfter(windowStart)) {
        sourcesInWindow.add(sighting.format());
        listingsInWindow.add(sighting.input());
      }
      if (!sighting.signals().isEmpty()) {
        signalCaptures.add(sighting.capturedAt());
      }
      if (NewsListings.announcesNewPapers(sighting.format())
          && (firstNews == null || sighting.capturedAt().isBefore(firstNews))) {
        firstNews = sighting.capturedAt();
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

  /**
   * Whether its signals were reported at two capture times or more, so that gains can be measured;
   * with one capture only, its points are all there is to go by.
   */
  boolean hasSignalHistory() {
    return signalCaptures.size() >= 2;
  }

  /** When it first appeared in a listing of new papers, or null when it never did. */
  @Nullable Instant firstNews() {
    return firstNews;
  }
}
