package paperradar.core.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.model.Sighting;
import paperradar.core.model.SignalName;

/** The trending ranker over synthetic signal histories, with a fixed clock. */
class TrendingRankerTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final TrendingRanker ranker = new TrendingRanker(TrendingConfig.defaults());
  private final List<Paper> papers = new ArrayList<>();
  private final List<Sighting> sightings = new ArrayList<>();

  private Paper paper(long id, String arxivId, LocalDate published) {
    Paper paper =
        new Paper(
            id,
            arxivId == null ? null : new ArxivId(arxivId),
            "Paper " + id,
            List.of("A. Author"),
            null,
            null,
            "",
            published,
            Map.of(),
            Set.of(PaperSource.HF_DAILY),
            NOW.minus(Duration.ofDays(40)));
    papers.add(paper);
    return paper;
  }

  private void seen(Paper paper, Duration ago, String format, Map<SignalName, Long> signals) {
    sightings.add(
        new Sighting(
            paper.id(), PaperSource.fromId(format), format + ".txt", NOW.minus(ago), 1, signals));
  }

  private void upvotes(Paper paper, Duration ago, long value) {
    seen(paper, ago, "hf-daily", Map.of(SignalName.UPVOTES, value));
  }

  private List<Long> order(TrendWindow window) {
    return ranker.rank(papers, sightings, window, NOW).stream().map(e -> e.paper().id()).toList();
  }

  @ParameterizedTest
  @EnumSource(TrendWindow.class)
  void fiftyUpvotesTodayOutrankFiveHundredLastMonth(TrendWindow window) {
    Paper today = paper(1, "2611.00001", TODAY.minusDays(1));
    upvotes(today, Duration.ofHours(20), 0);
    upvotes(today, Duration.ofHours(2), 50);
    Paper lastMonth = paper(2, "2610.00002", TODAY.minusDays(30));
    upvotes(lastMonth, Duration.ofDays(29).plusHours(12), 0);
    upvotes(lastMonth, Duration.ofDays(28), 500);
    upvotes(lastMonth, Duration.ofHours(3), 500);

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, window, NOW);

    assertThat(ranked).extracting(e -> e.paper().id()).startsWith(1L);
    assertThat(ranked.get(0).why()).startsWith("▲ +50 upvotes in " + window.label());
  }

  @Test
  void theMonthWindowCountsOldGrowthButDecaysIt() {
    Paper old = paper(2, "2610.00002", TODAY.minusDays(30));
    upvotes(old, Duration.ofDays(29), 0);
    upvotes(old, Duration.ofDays(28), 500);
    upvotes(old, Duration.ofHours(3), 500);

    TrendingEntry entry = ranker.rank(papers, sightings, TrendWindow.MONTH, NOW).get(0);

    assertThat(entry.growth()).containsEntry(SignalName.UPVOTES, 500L);
    assertThat(entry.momentum()).isEqualTo(500.0);
    assertThat(entry.score()).isLessThan(1.0);
    assertThat(ranker.rank(papers, sightings, TrendWindow.WEEK, NOW).get(0).growth()).isEmpty();
  }

  @Test
  void tiesAreBrokenTheSameWayEveryTime() {
    for (long id = 1; id <= 12; id++) {
      Paper twin = paper(id, null, null);
      upvotes(twin, Duration.ofHours(5), 10);
    }
    List<Long> first = order(TrendWindow.DAY);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(papers, new java.util.Random(round));
      Collections.shuffle(sightings, new java.util.Random(round + 100));
      assertThat(order(TrendWindow.DAY)).isEqualTo(first);
    }
    assertThat(first).containsExactly(1L, 10L, 11L, 12L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void tiesPreferTheNewerPaperThenTheArxivId() {
    Paper older = paper(1, "2611.00009", null);
    Paper newer =
        new Paper(
            2,
            new ArxivId("2611.00008"),
            "Paper 2",
            List.of(),
            null,
            null,
            "",
            null,
            Map.of(),
            Set.of(),
            NOW.minus(Duration.ofDays(1)));
    papers.add(newer);
    Paper sameAgeLowerId = paper(3, "2611.00001", null);
    for (Paper paper : List.of(older, newer, sameAgeLowerId)) {
      upvotes(paper, Duration.ofHours(5), 10);
    }

    assertThat(order(TrendWindow.DAY)).containsExactly(2L, 3L, 1L);
  }

  @Test
  void aPaperWithoutNumbersNeverOutranksOneWithMomentum() {
    Paper everywhere = paper(1, "2611.00001", TODAY);
    for (String format : List.of("hf-search", "aimodels", "summary-page", "arxiv-rss", "feed")) {
      seen(everywhere, Duration.ofMinutes(1), format, Map.of());
    }
    Paper oneVote = paper(2, "2611.00002", TODAY);
    upvotes(oneVote, Duration.ofDays(6), 0);
    upvotes(oneVote, Duration.ofDays(5), 1);

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, TrendWindow.WEEK, NOW);

    assertThat(ranked).extracting(e -> e.paper().id()).containsExactly(2L, 1L);
    assertThat(ranked.get(1).score()).isGreaterThan(ranked.get(0).score());
    assertThat(ranked.get(1).why()).isEqualTo("seen in 5 sources");
  }

  @Test
  void papersWithoutNumbersRankByHowManySourcesCarryThem() {
    Paper one = paper(1, "2611.00001", TODAY);
    seen(one, Duration.ofHours(1), "hf-search", Map.of());
    Paper three = paper(2, "2611.00002", TODAY);
    for (String format : List.of("hf-search", "aimodels", "summary-page")) {
      seen(three, Duration.ofHours(1), format, Map.of());
    }

    assertThat(order(TrendWindow.DAY)).containsExactly(2L, 1L);
  }

  @Test
  void theWhyNamesTheGrowthTheOtherSignalsAndTheSources() {
    Paper paper = paper(1, "2611.00001", TODAY);
    upvotes(paper, Duration.ofHours(30), 10);
    upvotes(paper, Duration.ofHours(4), 52);
    seen(paper, Duration.ofHours(3), "feed", Map.of(SignalName.HACKER_NEWS, 192L));
    seen(paper, Duration.ofHours(26), "feed", Map.of(SignalName.HACKER_NEWS, 190L));
    seen(paper, Duration.ofHours(2), "arxiv-rss", Map.of());

    TrendingEntry entry = ranker.rank(papers, sightings, TrendWindow.DAY, NOW).get(0);

    assertThat(entry.why()).isEqualTo("▲ +42 upvotes in 24 h · HN 192 · 3 sources");
    assertThat(entry.growth())
        .containsEntry(SignalName.UPVOTES, 42L)
        .containsEntry(SignalName.HACKER_NEWS, 2L);
    assertThat(entry.sparkline()).hasSize(10).startsWith("▁").endsWith("█");
  }

  @Test
  void pointsAnOldPaperAlreadyHadWhenFirstSeenAreNotGrowth() {
    Paper classic = paper(1, "1706.03762", LocalDate.of(2017, 6, 12));
    seen(classic, Duration.ofHours(5), "hf-search", Map.of(SignalName.UPVOTES, 5000L));
    seen(classic, Duration.ofHours(3), "hf-search", Map.of(SignalName.UPVOTES, 5010L));
    Paper fresh = paper(2, "2611.00002", TODAY);
    upvotes(fresh, Duration.ofHours(5), 0);
    upvotes(fresh, Duration.ofHours(3), 12);

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, TrendWindow.DAY, NOW);

    assertThat(ranked).extracting(e -> e.paper().id()).containsExactly(2L, 1L);
    assertThat(ranked.get(0).why()).startsWith("▲ +12 upvotes in 24 h");
    assertThat(ranked.get(1).why()).isEqualTo("▲ +10 upvotes in 24 h");
  }

  @Test
  void aPaperSeenAtOneCaptureCountsItsPointsAgedSincePublicationAsHackerNewsDoes() {
    Paper older = paper(1, "2611.00001", LocalDate.of(2026, 11, 20));
    seen(older, Duration.ofHours(3), "hf-search", Map.of(SignalName.UPVOTES, 30L));
    Paper newer = paper(2, "2611.00002", LocalDate.of(2026, 11, 21));
    seen(newer, Duration.ofHours(3), "hf-search", Map.of(SignalName.UPVOTES, 20L));

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, TrendWindow.DAY, NOW);

    // 20 points 36 h old outrank 30 points 60 h old: 20 / 38^1.8 > 30 / 62^1.8.
    assertThat(ranked).extracting(e -> e.paper().id()).containsExactly(2L, 1L);
    double breadth = (1.0 + 0.5) / Math.pow(3 + 2, 1.8);
    assertThat(ranked.get(1).score())
        .isCloseTo(30 / Math.pow(60 + 2, 1.8) + breadth, within(1e-12));
    assertThat(ranked.get(0).score())
        .isCloseTo(20 / Math.pow(36 + 2, 1.8) + breadth, within(1e-12));
    assertThat(ranked.get(0).why()).isEqualTo("20 upvotes");
    assertThat(ranked.get(0).growth()).isEmpty();
    assertThat(ranked.get(0).sparkline()).isEmpty();
  }

  @Test
  void anUndatedPaperSeenAtOneCaptureIsAgedSinceItWasFirstSeen() {
    Paper undated =
        new Paper(
            1,
            null,
            "Undated",
            List.of(),
            null,
            null,
            "",
            null,
            Map.of(),
            Set.of(),
            NOW.minus(Duration.ofHours(10)));
    papers.add(undated);
    seen(undated, Duration.ofHours(10), "hf-search", Map.of());
    seen(
        undated,
        Duration.ofHours(1),
        "aimodels",
        Map.of(SignalName.HACKER_NEWS, 40L, SignalName.REDDIT, 8L));

    TrendingEntry entry = ranker.rank(papers, sightings, TrendWindow.DAY, NOW).get(0);

    double breadth = (2 * 1.0 + 2 * 0.5) / Math.pow(1 + 2, 1.8);
    assertThat(entry.score()).isCloseTo(48 / Math.pow(10 + 2, 1.8) + breadth, within(1e-12));
    assertThat(entry.why()).isEqualTo("HN 40 · Reddit 8 · 2 sources");
  }

  @Test
  void anOldPaperOnADailyPageIsAgedSinceThatPageListedIt() {
    Paper classic = paper(1, "1506.03134", LocalDate.of(2015, 6, 9));
    seen(classic, Duration.ofHours(4), "hf-daily", Map.of(SignalName.UPVOTES, 27L));
    Paper sameVotesOnASearchPage = paper(2, "2611.00002", LocalDate.of(2026, 11, 15));
    seen(sameVotesOnASearchPage, Duration.ofHours(4), "hf-search", Map.of(SignalName.UPVOTES, 27L));

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, TrendWindow.DAY, NOW);

    assertThat(ranked).extracting(e -> e.paper().id()).containsExactly(1L, 2L);
    double breadth = 1.5 / Math.pow(4 + 2, 1.8);
    assertThat(ranked.get(0).score()).isCloseTo(27 / Math.pow(4 + 2, 1.8) + breadth, within(1e-12));
  }

  @Test
  void onceThereAreTwoCapturesGainsTakeOver() {
    Paper paper = paper(1, "2611.00001", TODAY);
    upvotes(paper, Duration.ofHours(6), 2);
    upvotes(paper, Duration.ofHours(1), 80);

    TrendingEntry entry = ranker.rank(papers, sightings, TrendWindow.DAY, NOW).get(0);

    assertThat(entry.why()).isEqualTo("▲ +78 upvotes in 24 h");
    assertThat(entry.growth()).containsEntry(SignalName.UPVOTES, 78L);
    assertThat(entry.sparkline()).hasSize(10).startsWith("▁").endsWith("█");
  }

  @Test
  void theWhyNamesOnlySignalsThatAreNotZeroInCorrectEnglish() {
    Paper oneVote = paper(1, "2611.00001", TODAY);
    seen(
        oneVote,
        Duration.ofHours(2),
        "aimodels",
        Map.of(SignalName.UPVOTES, 1L, SignalName.HACKER_NEWS, 0L, SignalName.REDDIT, 0L));
    Paper zeros = paper(2, "2611.00002", TODAY);
    seen(
        zeros,
        Duration.ofHours(2),
        "aimodels",
        Map.of(SignalName.HACKER_NEWS, 0L, SignalName.REDDIT, 0L));
    Paper gainedOne = paper(3, "2611.00003", TODAY);
    seen(
        gainedOne,
        Duration.ofHours(8),
        "feed",
        Map.of(SignalName.COMMENTS, 1L, SignalName.REDDIT, 0L));
    seen(
        gainedOne,
        Duration.ofHours(2),
        "feed",
        Map.of(SignalName.COMMENTS, 1L, SignalName.REDDIT, 1L));

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, TrendWindow.DAY, NOW);

    assertThat(ranked)
        .extracting(TrendingEntry::why)
        .containsExactly("▲ +1 Reddit point in 24 h · 1 comment", "1 upvote", "seen in 1 source");
    assertThat(ranked).extracting(e -> e.paper().id()).containsExactly(3L, 1L, 2L);
  }

  @Test
  void aSparklineIsDrawnOnlyWhereItsSignalTakesTwoDifferentValues() {
    Paper earlyGain = paper(1, "2611.00001", TODAY);
    upvotes(earlyGain, Duration.ofHours(30), 10);
    upvotes(earlyGain, Duration.ofHours(23), 50);
    upvotes(earlyGain, Duration.ofHours(1), 50);
    Paper noGain = paper(2, "2611.00002", TODAY);
    seen(noGain, Duration.ofHours(2), "hf-search", Map.of());

    List<TrendingEntry> ranked = ranker.rank(papers, sightings, TrendWindow.DAY, NOW);

    assertThat(ranked.get(0).why()).isEqualTo("▲ +40 upvotes in 24 h");
    assertThat(ranked)
        .allSatisfy(
            entry -> {
              assertThat(entry.sparkline()).isEmpty();
              assertThat(entry.sparkAndWhy()).isEqualTo(entry.why());
            });
  }

  @Test
  void aLaggingSourceIsNotALossNorAGainCountedTwice() {
    Paper paper = paper(1, "2611.00001", TODAY);
    upvotes(paper, Duration.ofHours(30), 100);
    upvotes(paper, Duration.ofHours(10), 140);
    seen(paper, Duration.ofHours(6), "hf-json", Map.of(SignalName.UPVOTES, 120L));
    upvotes(paper, Duration.ofHours(2), 150);

    assertThat(ranker.rank(papers, sightings, TrendWindow.DAY, NOW).get(0).growth())
        .containsEntry(SignalName.UPVOTES, 50L);
  }

  @Test
  void theSameHistoryAndClockGiveTheSameScores() {
    Paper a = paper(1, "2611.00001", TODAY);
    upvotes(a, Duration.ofHours(9), 7);
    seen(a, Duration.ofHours(1), "feed", Map.of(SignalName.REDDIT, 40L));

    List<TrendingEntry> first = ranker.rank(papers, sightings, TrendWindow.DAY, NOW);
    List<TrendingEntry> second =
        ranker.rank(List.copyOf(papers), List.copyOf(sightings), TrendWindow.DAY, NOW);

    assertThat(second).usingRecursiveFieldByFieldElementComparator().isEqualTo(first);
  }

  @Test
  void sightingsAfterTheClockAndPapersOutsideTheWindowAreLeftOut() {
    Paper future = paper(1, "2611.00001", TODAY);
    upvotes(future, Duration.ofHours(-1), 90);
    Paper stale = paper(2, "2611.00002", TODAY);
    upvotes(stale, Duration.ofDays(3), 90);

    assertThat(order(TrendWindow.DAY)).isEmpty();
  }
}
