package paperradar.core.rank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import paperradar.core.model.Sighting;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;

/** Trending over the store's signal history, optionally kept to the papers a topic query matches. */
public final class TrendingService {

  /** A topic narrows trending to at most this many of its best matches. */
  static final int TOPIC_CANDIDATES = 10_000;

  private final PaperStore store;
  private final PaperIndex index;
  private final TrendingRanker ranker;
  private final Clock clock;

  public TrendingService(PaperStore store, PaperIndex index, TrendingConfig config, Clock clock) {
    this.store = store;
    this.index = index;
    this.ranker = new TrendingRanker(config);
    this.clock = clock;
  }

  /**
   * @param topic a search query the papers must match, or empty for all papers
   * @throws paperradar.core.search.QueryException when the topic is not a valid query
   */
  public List<TrendingEntry> trending(TrendWindow window, Optional<String> topic, int limit) {
    Optional<Set<Long>> allowed = topic.map(query -> index.matchingPaperIds(query, TOPIC_CANDIDATES));
    List<TrendingEntry> ranked = rank(window, allowed);
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  /** These papers, those seen in the window, ranked. */
  public List<TrendingEntry> rank(Collection<Long> paperIds, TrendWindow window) {
    return rank(window, Optional.of(Set.copyOf(paperIds)));
  }

  private List<TrendingEntry> rank(TrendWindow window, Optional<Set<Long>> allowed) {
    Instant now = clock.instant();
    List<Sighting> sightings = store.historiesOfPapersSeenSince(now.minus(window.length())).stream()
        .filter(sighting -> allowed.map(ids -> ids.contains(sighting.paperId())).orElse(true))
        .toList();
    List<Long> paperIds = new ArrayList<>(sightings.stream().map(Sighting::paperId)
        .collect(Collectors.toCollection(TreeSet::new)));
    return ranker.rank(store.papers(paperIds), sightings, window, now);
  }
}
