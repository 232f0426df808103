package paperradar.core.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.QueryException;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.TestDatabase;

/**
 * Trending and new papers end to end: listings ingested on several days into the store and the
 * index.
 */
class TrendingServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Clock NOON =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

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
    ingestor.addListener((changed, newIds) -> index.upsert(changed));
  }

  @AfterEach
  void close() {
    index.close();
    db.close();
  }

  /** An HF daily_papers JSON listing with two papers and their upvotes. */
  private void dailyPapers(LocalDate day, int sheepVotes, int llamaVotes) throws Exception {
    String json =
        """
        [{"paper":{"id":"2611.01234","authors":[{"name":"Ada Lovelace"}],"publishedAt":"2026-11-18T00:00:00.000Z",
          "title":"Counting Sheep at Scale","summary":"We count many sheep.","upvotes":%d}},
         {"paper":{"id":"2611.05678","authors":[{"name":"Grace Hopper"}],"publishedAt":"2026-11-19T00:00:00.000Z",
          "title":"Herding Llamas","summary":"Llamas, herded.","upvotes":%d}}]
        """
            .formatted(sheepVotes, llamaVotes);
    ingestor.ingest(
        "daily-" + day + ".json", json.getBytes(StandardCharsets.UTF_8), day, Optional.empty());
  }

  private TrendingService trending() {
    return new TrendingService(store, index, TrendingConfig.defaults(), NOON);
  }

  @Test
  void oneRankingServesUntilAnIngestOrItsAgeAndAnAgedOneIsRankedAnewBehindItsCallers()
      throws Exception {
    dailyPapers(TODAY.minusDays(1), 5, 100);
    dailyPapers(TODAY, 55, 110);
    Instant noon = Instant.parse("2026-11-22T12:00:00Z");
    RadarFixture.MutableClock clock = new RadarFixture.MutableClock(noon);
    List<Runnable> refreshes = new ArrayList<>();
    TrendingService trending =
        new TrendingService(store, index, TrendingConfig.defaults(), clock, refreshes::add);
    double atNoon = topScore(trending);

    clock.set(noon.plusSeconds(20));
    assertThat(topScore(trending)).as("younger than 30 s: the same ranking").isEqualTo(atNoon);
    assertThat(refreshes).isEmpty();

    clock.set(noon.plus(Duration.ofMinutes(10)));
    double tenPast = topScore(trending);
    assertThat(tenPast).as("older than 5 min: ranked anew, the gains decayed").isLessThan(atNoon);

    ingestor.ingest(
        "late.json",
        """
        [{"paper":{"id":"2611.09999","authors":[{"name":"Alan Turing"}],"publishedAt":"2026-11-21T00:00:00.000Z",
          "title":"A Late Arrival","summary":"Late.","upvotes":900}}]
        """
            .getBytes(StandardCharsets.UTF_8),
        TODAY,
        Optional.empty());
    assertThat(trending.trending(TrendWindow.DAY, Optional.empty(), 10))
        .as("an ingest here is seen at once")
        .extracting(e -> e.paper().title())
        .contains("A Late Arrival");
    double afterIngest = topScore(trending);

    clock.set(noon.plus(Duration.ofMinutes(11)));
    assertThat(topScore(trending)).as("aged: still answers at once").isEqualTo(afterIngest);
    assertThat(refreshes).as("and a fresh ranking is queued").hasSize(1);
    assertThat(topScore(trending)).as("only one refresh at a time").isEqualTo(afterIngest);
    assertThat(refreshes).hasSize(1);
    refreshes.getFirst().run();
    assertThat(topScore(trending)).as("the refreshed ranking answers").isLessThan(afterIngest);
  }

  private static double topScore(TrendingService trending) {
    return trending.trending(TrendWindow.DAY, Optional.empty(), 1).getFirst().score();
  }

  @Test
  void growthSinceYesterdaysCaptureDecidesTheDay() throws Exception {
    dailyPapers(TODAY.minusDays(1), 5, 100);
    dailyPapers(TODAY, 55, 110);

    List<TrendingEntry> day = trending().trending(TrendWindow.DAY, Optional.empty(), 10);

    assertThat(day)
        .extracting(e -> e.paper().title())
        .containsExactly("Counting Sheep at Scale", "Herding Llamas");
    assertThat(day)
        .extracting(TrendingEntry::why)
        .containsExactly("▲ +50 upvotes in 24 h", "▲ +10 upvotes in 24 h");
  }

  @Test
  void aTopicKeepsTrendingToWhatItMatches() throws Exception {
    dailyPapers(TODAY.minusDays(1), 5, 100);
    dailyPapers(TODAY, 55, 110);

    List<TrendingEntry> llamas =
        trending().trending(TrendWindow.WEEK, Optional.of("author:hopper OR llama"), 10);

    assertThat(llamas).extracting(e -> e.paper().title()).containsExactly("Herding Llamas");
    assertThat(trending().trending(TrendWindow.WEEK, Optional.empty(), 1)).hasSize(1);
    assertThatThrownBy(() -> trending().trending(TrendWindow.WEEK, Optional.of("\"unbalanced"), 10))
        .isInstanceOf(QueryException.class);
  }

  @Test
  void newGoesByTheArxivDateWhereKnownElseByAFirstSightingInAListingOfNewPapers() throws Exception {
    dailyPapers(TODAY, 1, 1);
    String feed =
        """
        <rss version="2.0"><channel><title>t</title>
        <item><title>A Paper Without a Date</title><link>https://example.org/p/1</link>
        <description>Something new.</description></item></channel></rss>
        """;
    ingestor.ingest("feed.xml", feed.getBytes(StandardCharsets.UTF_8), TODAY, Optional.empty());
    String searchPage =
        "Get trending papers in your email inbox once a day!\nGet trending papers in your email"
            + " inbox!\nSubscribeAn Undated Classic\nOnly a search page shows it.\n";
    ingestor.ingest(
        "search.txt", searchPage.getBytes(StandardCharsets.UTF_8), TODAY, Optional.empty());

    NewPapers news = new NewPapers(store, NOON);

    assertThat(news.today(ZoneId.of("UTC")))
        .extracting(Paper::title)
        .containsExactly("A Paper Without a Date");
    assertThat(news.thisWeek(ZoneId.of("UTC")))
        .extracting(Paper::title)
        .containsExactly("A Paper Without a Date", "Herding Llamas", "Counting Sheep at Scale");
  }
}
