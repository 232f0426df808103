package paperradar.core.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paperradar.core.SharedData;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.SignalName;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.TestDatabase;

/**
 * Trending from the first capture, on real captures: one Hugging Face daily page alone ranks as the
 * page's votes do, and the aimodels.fyi listing alone puts the papers with HN or Reddit points
 * first.
 */
class SeedsTrendingAcceptanceTest {

  @TempDir Path temp;
  private TestDatabase db;
  private PaperIndex index;
  private JdbcPaperStore store;
  private Ingestor ingestor;

  @BeforeEach
  void open() {
    db = TestDatabase.open(TestDatabase.Kind.H2, temp);
    index = PaperIndex.inMemory();
    store = new JdbcPaperStore(db.database());
    ingestor = new Ingestor(Parsers.detector(), store);
  }

  @AfterEach
  void close() {
    index.close();
    db.close();
  }

  /** Ingests one capture on its page's day and ranks the day's trending four hours later. */
  private List<TrendingEntry> trendingAlone(String relative, LocalDate pageDay) throws Exception {
    Path path = SharedData.require(relative);
    ingestor.ingest(path.toString(), Files.readAllBytes(path), pageDay, Optional.empty());
    Clock later =
        Clock.fixed(
            pageDay.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(4)),
            ZoneOffset.UTC);
    return new TrendingService(store, index, TrendingConfig.defaults(), later)
        .trending(TrendWindow.DAY, Optional.empty(), 1_000);
  }

  private static long upvotes(TrendingEntry entry) {
    return entry.paper().signals().getOrDefault(SignalName.UPVOTES, 0L);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "seeds/001_c86545dfc6a4d265.txt, 2025-12-08",
    "seeds/004_17e0fda867bfce20.txt, 2025-11-13",
    "fixtures/hf_daily_papers_2026-06-12_30items.json, 2026-06-12"
  })
  void oneDailyPageAloneTrendsInTheOrderOfItsUpvotes(String relative, LocalDate pageDay)
      throws Exception {
    List<TrendingEntry> top = trendingAlone(relative, pageDay).stream().limit(20).toList();

    double rho =
        spearman(
            top.stream().mapToDouble(TrendingEntry::score).toArray(),
            top.stream().mapToDouble(SeedsTrendingAcceptanceTest::upvotes).toArray());
    System.out.printf(
        "trending of %s alone: Spearman of score and upvotes over the top %d = %.3f%n",
        relative, top.size(), rho);
    assertThat(rho).isGreaterThanOrEqualTo(0.9);
    List<Long> voted =
        top.stream().map(SeedsTrendingAcceptanceTest::upvotes).filter(v -> v > 0).toList();
    assertThat(voted).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(top.subList(0, voted.size()))
        .allSatisfy(entry -> assertThat(upvotes(entry)).isPositive());
    assertThat(top)
        .allSatisfy(
            entry -> {
              assertThat(entry.why()).doesNotContain("1 upvotes").doesNotMatch(".*\\b0 .*");
              assertThat(entry.sparkline()).isEmpty();
            });
  }

  @Test
  void theAimodelsListingAloneRanksPapersWithHackerNewsOrRedditPointsFirst() throws Exception {
    LocalDate day = LocalDate.of(2025, 12, 8);
    List<TrendingEntry> ranked = trendingAlone("seeds/000_e77648bc5867f914.txt", day);

    List<Long> points =
        ranked.stream().map(SeedsTrendingAcceptanceTest::hackerNewsAndReddit).toList();
    long withPoints = points.stream().filter(p -> p > 0).count();
    System.out.printf(
        "aimodels alone: %d of %d papers have HN or Reddit points and rank 1..%d; top 3: %s%n",
        withPoints,
        ranked.size(),
        withPoints,
        ranked.stream().limit(3).map(e -> e.paper().title() + " (" + e.why() + ")").toList());
    assertThat(withPoints).isPositive();
    assertThat(points.subList(0, (int) withPoints)).allSatisfy(p -> assertThat(p).isPositive());
    assertThat(points.subList((int) withPoints, ranked.size()))
        .allSatisfy(p -> assertThat(p).isZero());
    // Within those, the Hacker News ranking: points over (hours since publication + 2)^1.8.
    double[] hnScores =
        ranked.stream()
            .mapToDouble(
                entry ->
                    hackerNewsAndReddit(entry)
                        / Math.pow(
                            Duration.between(
                                        entry.paper().published().atStartOfDay(ZoneOffset.UTC),
                                        day.atStartOfDay(ZoneOffset.UTC).plusHours(4))
                                    .toHours()
                                + 2.0,
                            1.8))
            .toArray();
    for (int i = 1; i < hnScores.length; i++) {
      assertThat(hnScores[i]).as("entry %d", i + 1).isLessThanOrEqualTo(hnScores[i - 1]);
    }
    assertThat(ranked)
        .extracting(TrendingEntry::why)
        .noneMatch(why -> why.contains("Reddit 0") || why.contains("HN 0"));
  }

  private static long hackerNewsAndReddit(TrendingEntry entry) {
    return entry.paper().signals().getOrDefault(SignalName.HACKER_NEWS, 0L)
        + entry.paper().signals().getOrDefault(SignalName.REDDIT, 0L);
  }

  /** Spearman's rank correlation, ties given their average rank. */
  static double spearman(double[] x, double[] y) {
    double[] rx = ranks(x);
    double[] ry = ranks(y);
    double mx = Arrays.stream(rx).average().orElse(0);
    double my = Arrays.stream(ry).average().orElse(0);
    double cov = 0;
    double vx = 0;
    double vy = 0;
    for (int i = 0; i < x.length; i++) {
      cov += (rx[i] - mx) * (ry[i] - my);
      vx += (rx[i] - mx) * (rx[i] - mx);
      vy += (ry[i] - my) * (ry[i] - my);
    }
    return cov / Math.sqrt(vx * vy);
  }

  private static double[] ranks(double[] values) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    for (int start = 0; start < order.size(); ) {
      int end = start;
      while (end + 1 < order.size() && values[order.get(end + 1)] == values[order.get(start)]) {
        end++;
      }
      for (int k = start; k <= end; k++) {
        ranks[order.get(k)] = (start + end) / 2.0 + 1;
      }
      start = end + 1;
    }
    return ranks;
  }
}
