package paperradar.core.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.rank.TrendWindow;
import paperradar.core.rank.TrendingEntry;
import paperradar.core.rank.TrendingService;
import paperradar.core.store.PaperStore;

/**
 * The "Since you saw them" section: papers a channel was shown that came back, each once per kind
 * ({@link FollowUpKind}), its why saying what happened.
 *
 * <ul>
 *   <li>a new version: the store knows a higher arXiv version than its sightings gave when the
 *       channel was shown it (a paper seen without a version counts as v1);
 *   <li>momentum: its momentum over the week (trending's weighted points) is at least {@value
 *       #MOMENTUM_FACTOR} times what it was over the week before it was shown; or it is in the
 *       week's top {@value #TOP} now, with more momentum than when it was shown (it climbed in);
 *   <li>a code link: the store first knew its code repository after the channel was shown it.
 * </ul>
 */
public final class FollowUpFinder {

  /** At most this many follow-ups a digest; the rest wait for the next one. */
  static final int MAX_FOLLOW_UPS = 5;

  static final double MOMENTUM_FACTOR = 3.0;
  static final int TOP = 10;

  /** A paper that came back, why, and the kinds it comes back for (recorded when it is sent). */
  public record FollowUp(Paper paper, Set<FollowUpKind> kinds, String why) {
    public FollowUp {
      kinds = Set.copyOf(kinds);
    }
  }

  private final FollowUpHistory history;
  private final PaperStore store;
  private final TrendingService trending;

  public FollowUpFinder(FollowUpHistory history, PaperStore store, TrendingService trending) {
    this.history = history;
    this.store = store;
    this.trending = trending;
  }

  /** The channel's follow-ups now, at most {@link #MAX_FOLLOW_UPS}, most recently shown first. */
  public List<FollowUp> find(ChannelRef channel) {
    List<FollowUpHistory.Shown> shown = history.shownTo(channel);
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<FollowUpKind>> kinds = new LinkedHashMap<>();
    Map<Long, StringJoiner> whys = new LinkedHashMap<>();
    for (FollowUpHistory.Shown paper : shown) {
      version(paper).ifPresent(why -> add(kinds, whys, paper.paperId(), FollowUpKind.VERSION, why));
      code(paper).ifPresent(why -> add(kinds, whys, paper.paperId(), FollowUpKind.CODE, why));
    }
    momentum(shown).forEach((paper, why) -> add(kinds, whys, paper, FollowUpKind.MOMENTUM, why));
    if (kinds.isEmpty()) {
      return List.of();
    }
    Map<Long, Instant> shownAt =
        shown.stream()
            .collect(
                Collectors.toMap(FollowUpHistory.Shown::paperId, FollowUpHistory.Shown::shownAt));
    List<Long> ids =
        kinds.keySet().stream()
            .sorted(
                Comparator.comparing((Long id) -> shownAt.get(id), Comparator.reverseOrder())
                    .thenComparing(Comparator.reverseOrder()))
            .limit(MAX_FOLLOW_UPS)
            .toList();
    Map<Long, Paper> papers =
        store.papers(ids).stream().collect(Collectors.toMap(Paper::id, Function.identity()));
    List<FollowUp> found = new ArrayList<>();
    for (long id : ids) {
      Paper paper = papers.get(id);
      Set<FollowUpKind> paperKinds = kinds.get(id);
      StringJoiner why = whys.get(id);
      if (paper != null && paperKinds != null && why != null) {
        found.add(new FollowUp(paper, paperKinds, why.toString()));
      }
    }
    return found;
  }

  private static void add(
      Map<Long, Set<FollowUpKind>> kinds,
      Map<Long, StringJoiner> whys,
      long paperId,
      FollowUpKind kind,
      String why) {
    kinds.computeIfAbsent(paperId, id -> EnumSet.noneOf(FollowUpKind.class)).add(kind);
    whys.computeIfAbsent(paperId, id -> new StringJoiner(" · ")).add(why);
  }

  private static Optional<String> version(FollowUpHistory.Shown paper) {
    if (paper.done().contains(FollowUpKind.VERSION) || paper.versionNow() == null) {
      return Optional.empty();
    }
    int then = paper.versionThen() == null ? 1 : paper.versionThen();
    return paper.versionNow() > then
        ? Optional.of("new version v" + paper.versionNow() + " (you saw v" + then + ")")
        : Optional.empty();
  }

  private static Optional<String> code(FollowUpHistory.Shown paper) {
    if (paper.done().contains(FollowUpKind.CODE)
        || paper.codeUrl() == null
        || paper.codeUrlAt() == null
        || !paper.codeUrlAt().isAfter(paper.shownAt())) {
      return Optional.empty();
    }
    return Optional.of("code released: " + paper.codeUrl());
  }

  /**
   * Of the shown papers seen in the week, those whose momentum tripled since they were shown or
   * that climbed into the week's top 10, with why. Only papers with momentum now are looked at, and
   * only their own histories are read again.
   */
  private Map<Long, String> momentum(List<FollowUpHistory.Shown> shown) {
    Map<Long, FollowUpHistory.Shown> open =
        shown.stream()
            .filter(paper -> !paper.done().contains(FollowUpKind.MOMENTUM))
            .collect(Collectors.toMap(FollowUpHistory.Shown::paperId, Function.identity()));
    if (open.isEmpty()) {
      return Map.of();
    }
    List<TrendingEntry> top = trending.trending(TrendWindow.WEEK, Optional.empty(), TOP);
    Map<Long, Integer> places = new LinkedHashMap<>();
    for (int i = 0; i < top.size(); i++) {
      places.put(top.get(i).paper().id(), i + 1);
    }
    Map<Long, String> found = new LinkedHashMap<>();
    for (TrendingEntry now : trending.rank(open.keySet(), TrendWindow.WEEK)) {
      long id = now.paper().id();
      FollowUpHistory.Shown seen = open.get(id);
      if (seen == null || now.momentum() <= 0) {
        continue;
      }
      double then = trending.momentumAt(id, TrendWindow.WEEK, seen.shownAt());
      if (then > 0 && now.momentum() >= MOMENTUM_FACTOR * then) {
        found.put(
            id,
            "momentum ×"
                + Math.round(now.momentum() / then)
                + " since you saw it ("
                + Math.round(then)
                + " → "
                + Math.round(now.momentum())
                + " points this week)");
      } else if (places.containsKey(id) && now.momentum() > then) {
        found.put(id, "now #" + places.get(id) + " of the week");
      }
    }
    return found;
  }
}
