package paperradar.core.rank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;
import paperradar.core.model.SignalName;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;

/**
 * Trending over the store's signal history, optionally kept to the papers a topic query matches.
 *
 * <p>Ranking a window reads the history of every paper seen in it, which at 100k papers takes
 * seconds; a channel's trending, a topic's and every digest's would each pay that. So each window
 * is ranked once into a snapshot that serves every caller until this process stores a capture or
 * the snapshot is {@link #SNAPSHOT_AGE} old; up to {@link #MAX_STALE} it still answers while a
 * fresh one is ranked in the background. A paper's score depends on its own history alone, so the
 * ranking of any set of papers is the window's ranking with the others left out: topics and digests
 * filter the snapshot.
 */
public final class TrendingService {

  private static final Logger log = LoggerFactory.getLogger(TrendingService.class);

  /** A topic narrows trending to at most this many of its best matches. */
  static final int TOPIC_CANDIDATES = 10_000;

  /**
   * How long one ranking of a window serves as it is, unless this process stores a capture first.
   */
  public static final Duration SNAPSHOT_AGE = Duration.ofSeconds(30);

  /**
   * How long an older ranking may still answer while a fresh one is ranked in the background, so
   * that no caller waits for a refresh; past this, a caller ranks (and waits) itself.
   */
  public static final Duration MAX_STALE = Duration.ofMinutes(5);

  private final PaperStore store;
  private final PaperIndex index;
  private final TrendingRanker ranker;
  private final Clock clock;
  private final Executor refresher;
  private final Map<TrendWindow, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final Map<TrendWindow, Object> ranking = new EnumMap<>(TrendWindow.class);
  private final Set<TrendWindow> refreshing = ConcurrentHashMap.newKeySet();

  public TrendingService(PaperStore store, PaperIndex index, TrendingConfig config, Clock clock) {
    this(store, index, config, clock, ForkJoinPool.commonPool());
  }

  /**
   * @param refresher where an aged snapshot is ranked anew while callers keep getting the aged one
   */
  TrendingService(
      PaperStore store, PaperIndex index, TrendingConfig config, Clock clock, Executor refresher) {
    this.refresher = refresher;
    this.store = store;
    this.index = index;
    this.ranker = new TrendingRanker(config);
    this.clock = clock;
    for (TrendWindow window : TrendWindow.values()) {
      ranking.put(window, new Object());
    }
  }

  /**
   * @param topic a search query the papers must match, or empty for all papers
   * @throws paperradar.core.search.QueryException when the topic is not a valid query
   */
  public List<TrendingEntry> trending(TrendWindow window, Optional<String> topic, int limit) {
    Optional<Set<Long>> allowed =
        topic.map(query -> index.matchingPaperIds(query, TOPIC_CANDIDATES));
    return withPapers(
        snapshot(window).ranked().stream()
            .filter(ranked -> allowed.map(ids -> ids.contains(ranked.paperId())).orElse(true))
            .limit(limit)
            .toList());
  }

  /** These papers, those seen in the window, ranked. */
  public List<TrendingEntry> rank(Collection<Long> paperIds, TrendWindow window) {
    Set<Long> wanted = Set.copyOf(paperIds);
    return withPapers(
        snapshot(window).ranked().stream()
            .filter(ranked -> wanted.contains(ranked.paperId()))
            .toList());
  }

  /**
   * A paper's momentum ({@link TrendingEntry#momentum}) over the window that ended at {@code at},
   * from its sightings up to then: what it stood at when a channel was shown it. 0 when it was not
   * seen in that window. Reads the paper's whole history: for a few papers, not for a ranking.
   */
  public double momentumAt(long paperId, TrendWindow window, Instant at) {
    List<Paper> keys = store.rankingKeys(List.of(paperId));
    return ranker.rank(keys, store.sightings(paperId), window, at).stream()
        .mapToDouble(TrendingEntry::momentum)
        .findFirst()
        .orElse(0);
  }

  private Snapshot snapshot(TrendWindow window) {
    Instant now = clock.instant();
    Snapshot snapshot = snapshots.get(window);
    if (snapshot == null) {
      return rankOnce(window, null);
    }
    return switch (snapshot.freshnessAt(now, store.version())) {
      case FRESH -> snapshot;
      case AGED -> {
        refreshInBackground(window);
        yield snapshot;
      }
      case UNUSABLE -> rankOnce(window, snapshot);
    };
  }

  /** Ranks the window unless another caller did while this one waited for the lock. */
  private Snapshot rankOnce(TrendWindow window, @Nullable Snapshot seen) {
    synchronized (Objects.requireNonNull(ranking.get(window), "a lock per window")) {
      // The version is read before the store is, so that a capture stored meanwhile makes this one
      // stale.
      long version = store.version();
      Instant now = clock.instant();
      Snapshot current = snapshots.get(window);
      if (current != seen
          && current != null
          && current.freshnessAt(now, version) == Freshness.FRESH) {
        return current;
      }
      Snapshot ranked = new Snapshot(version, now, rankNow(window, now));
      snapshots.put(window, ranked);
      return ranked;
    }
  }

  private void refreshInBackground(TrendWindow window) {
    if (refreshing.add(window)) {
      refresher.execute(
          () -> {
            try {
              rankOnce(window, snapshots.get(window));
            } catch (RuntimeException e) {
              // The aged snapshot goes on answering; once it is too old, a caller ranks and sees
              // the failure.
              log.warn("refreshing the {} trending ranking failed: {}", window, e.toString());
            } finally {
              refreshing.remove(window);
            }
          });
    }
  }

  private List<Ranked> rankNow(TrendWindow window, Instant now) {
    List<Sighting> sightings = store.historiesOfPapersSeenSince(now.minus(window.length()));
    List<Long> paperIds =
        new ArrayList<>(
            sightings.stream()
                .map(Sighting::paperId)
                .collect(Collectors.toCollection(TreeSet::new)));
    // Only what ranking reads: the papers shown are loaded whole afterwards, by withPapers.
    return ranker.rank(store.rankingKeys(paperIds), sightings, window, now).stream()
        .map(Ranked::of)
        .toList();
  }

  /** The entries with their papers as the store has them now; the snapshot keeps only their ids. */
  private List<TrendingEntry> withPapers(List<Ranked> ranked) {
    Map<Long, Paper> papers =
        store.papers(ranked.stream().map(Ranked::paperId).toList()).stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    return ranked.stream()
        .flatMap(
            entry -> Optional.ofNullable(papers.get(entry.paperId())).map(entry::with).stream())
        .toList();
  }

  private enum Freshness {
    FRESH,
    AGED,
    UNUSABLE
  }

  /** One window ranked at {@code at}, while the store stood at {@code storeVersion}. */
  private record Snapshot(long storeVersion, Instant at, List<Ranked> ranked) {
    Freshness freshnessAt(Instant now, long version) {
      if (version != storeVersion || now.isBefore(at) || !now.isBefore(at.plus(MAX_STALE))) {
        return Freshness.UNUSABLE;
      }
      return now.isBefore(at.plus(SNAPSHOT_AGE)) ? Freshness.FRESH : Freshness.AGED;
    }
  }

  /** A {@link TrendingEntry} without its paper, so that a snapshot of 100k entries stays small. */
  private record Ranked(
      long paperId,
      double score,
      double momentum,
      double standing,
      String why,
      String sparkline,
      Map<SignalName, Long> growth,
      int sources) {

    static Ranked of(TrendingEntry entry) {
      return new Ranked(
          entry.paper().id(),
          entry.score(),
          entry.momentum(),
          entry.standing(),
          entry.why(),
          entry.sparkline(),
          entry.growth(),
          entry.sources());
    }

    TrendingEntry with(Paper paper) {
      return new TrendingEntry(paper, score, momentum, standing, why, sparkline, growth, sources);
    }
  }
}
