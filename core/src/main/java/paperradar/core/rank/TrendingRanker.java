package paperradar.core.rank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;
import paperradar.core.model.SignalName;

/**
 * Ranks papers by how fast their signals grew in a window (the formula is written out in the
 * README).
 *
 * <p>A paper whose signals were reported at two capture times or more is ranked by what it gained
 * in the window; one reported at a single capture only (the first capture of a listing) by its
 * points as they stand, aged since it became news, as Hacker News ranks a story. Two tiers: papers
 * with points counted (gains, or standing points at their first capture) come first; papers with
 * none, such as those only a search page carries, follow, ranked by how many sources showed them.
 * Within a tier the score decides, then the raw gain, then the level the signals stand at, then the
 * later published, then the newer first sighting, then the arXiv id or title, then the store id:
 * the same history and clock always give the same order.
 */
public final class TrendingRanker {

  private static final Comparator<TrendingEntry> ORDER =
      Comparator.comparing((TrendingEntry entry) -> entry.momentum() > 0 ? 0 : 1)
          .thenComparing(TrendingEntry::score, Comparator.reverseOrder())
          .thenComparing(TrendingEntry::momentum, Comparator.reverseOrder())
          .thenComparing(TrendingEntry::standing, Comparator.reverseOrder())
          .thenComparing(
              (TrendingEntry entry) -> entry.paper().published(),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(entry -> entry.paper().firstSeen(), Comparator.reverseOrder())
          .thenComparing(TrendingRanker::nameKey)
          .thenComparing(entry -> entry.paper().id());

  private final TrendingConfig config;

  public TrendingRanker(TrendingConfig config) {
    this.config = config;
  }

  /**
   * @param papers the candidate papers
   * @param sightings their sightings, old ones included; those after {@code now} are ignored
   * @return every candidate seen in the window, best first
   */
  public List<TrendingEntry> rank(
      Collection<Paper> papers, List<Sighting> sightings, TrendWindow window, Instant now) {
    Instant windowStart = now.minus(window.length());
    Map<Long, List<Sighting>> byPaper =
        sightings.stream()
            .filter(sighting -> !sighting.capturedAt().isAfter(now))
            .collect(Collectors.groupingBy(Sighting::paperId));
    List<TrendingEntry> entries = new ArrayList<>();
    for (Paper paper : papers) {
      PaperHistory history =
          new PaperHistory(byPaper.getOrDefault(paper.id(), List.of()), windowStart);
      if (history.sources() > 0) {
        entries.add(entry(paper, history, window, windowStart, now));
      }
    }
    entries.sort(ORDER);
    return entries;
  }

  private TrendingEntry entry(
      Paper paper, PaperHistory history, TrendWindow window, Instant windowStart, Instant now) {
    boolean countsFromZero = isRecent(paper, windowStart);
    Map<SignalName, Long> growth = new EnumMap<>(SignalName.class);
    Map<SignalName, Long> latest = new EnumMap<>(SignalName.class);
    double growthScore = 0;
    double momentum = 0;
    double standing = 0;
    SignalName leading = null;
    double leadingGain = 0;
    long[] leadingSamples = null;
    for (Map.Entry<SignalName, SignalSeries> series : history.series().entrySet()) {
      SignalName signal = series.getKey();
      SignalGrowth grown =
          SignalGrowth.of(series.getValue(), windowStart, now, countsFromZero, config);
      double weight = config.weight(signal);
      growthScore += weight * grown.decayedPoints();
      momentum += weight * grown.counted();
      standing += weight * grown.latest();
      latest.put(signal, grown.latest());
      if (grown.growth() > 0) {
        growth.put(signal, grown.growth());
      }
      if (weight * grown.growth() > leadingGain) {
        leading = signal;
        leadingGain = weight * grown.growth();
        leadingSamples = grown.samples();
      }
    }
    double breadth =
        (config.sourceWeight() * history.sources() + config.listingWeight() * history.listings())
            / Decay.divisor(history.lastSeen(), now, config);
    if (!history.hasSignalHistory()) {
      // One capture: no gain can be measured, so its points count as they stand, aged as a story on
      // HN.
      double pointsScore = standing / Decay.divisor(newsSince(paper, history), now, config);
      String why =
          standing > 0
              ? WhyLine.standing(latest, history.sources())
              : WhyLine.of(null, growth, latest, history.sources(), window);
      return new TrendingEntry(
          paper, pointsScore + breadth, standing, standing, why, "", Map.of(), history.sources());
    }
    String why = WhyLine.of(leading, growth, latest, history.sources(), window);
    String sparkline = leadingSamples == null ? "" : Sparkline.of(leadingSamples);
    return new TrendingEntry(
        paper,
        growthScore + breadth,
        momentum,
        standing,
        why,
        sparkline,
        growth,
        history.sources());
  }

  /**
   * When a paper became news, which is when its age starts: its publication day, or its first
   * appearance in a listing of new papers when that came later (a daily page that shows an older
   * paper makes it today's news, as a story's age on HN starts at its submission); the first
   * sighting when it is undated.
   */
  private static Instant newsSince(Paper paper, PaperHistory history) {
    if (paper.published() == null) {
      return paper.firstSeen();
    }
    Instant published = paper.published().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant listed = history.firstNews();
    return listed != null && listed.isAfter(published) ? listed : published;
  }

  /** Whether the points a paper had when first seen in the window may count as gained there. */
  private boolean isRecent(Paper paper, Instant windowStart) {
    LocalDate oldBefore =
        LocalDate.ofInstant(windowStart, ZoneOffset.UTC).minusDays(config.oldPaperDays());
    return paper.published() == null || !paper.published().isBefore(oldBefore);
  }

  private static String nameKey(TrendingEntry entry) {
    Paper paper = entry.paper();
    return paper.arxivId() != null ? "0" + paper.arxivId().value() : "1" + paper.title();
  }
}
