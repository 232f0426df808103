package paperradar.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;

class ArxivEnricherTest {

  private static final List<FakeArxivApi.Entry> ARXIV =
      List.of(
          new FakeArxivApi.Entry(
              "1506.03134",
              "Pointer Networks",
              List.of("Oriol Vinyals", "Meire Fortunato"),
              "We introduce a new neural architecture.",
              "2015-06-09"),
          new FakeArxivApi.Entry(
              "2401.00001",
              "Attention Is Not All You Need, Revisited",
              List.of("Someone Else"),
              "A different paper.",
              "2024-01-01"),
          new FakeArxivApi.Entry(
              "2502.00123",
              "Counting Sheep",
              List.of("Ada Lovelace"),
              "We count sheep.",
              "2025-02-01"));

  /** A clock that the sleeper moves forward, so pacing is seen without waiting. */
  private static final class SteppingClock extends Clock {
    Instant now = Instant.parse("2026-11-22T08:00:00Z");
    final List<Duration> slept = new ArrayList<>();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void sleep(Duration duration) {
      slept.add(duration);
      now = now.plus(duration);
    }
  }

  private Database database;
  private JdbcPaperStore store;
  private Ingestor ingestor;
  private final SteppingClock clock = new SteppingClock();

  @BeforeEach
  void storePagePapers() {
    database = Database.connect("jdbc:h2:mem:enrich-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    store = new JdbcPaperStore(database);
    ingestor = new Ingestor(Parsers.detector(), store);
    ingestor.ingestRead(
        "page",
        new Listing(
            ListingFormat.AIMODELS,
            List.of(
                ListingEntry.builder(1, 1, "POINTER NETWORKS")
                    .authors(List.of("O. Vinyals"))
                    .build(),
                ListingEntry.builder(2, 2, "Attention Is Not All You Need").build(),
                ListingEntry.builder(3, 3, "Counting Sheep")
                    .arxivId(new ArxivId("2502.00123"))
                    .build())),
        clock.instant());
  }

  @AfterEach
  void close() {
    database.close();
  }

  private ArxivEnricher enricher(String url) {
    return new ArxivEnricher(
        store,
        ingestor,
        new ArxivApiClient(
            URI.create(url),
            new RequestPacer(Duration.ofSeconds(3), clock, clock::sleep),
            clock,
            Duration.ofSeconds(5)),
        clock);
  }

  @Test
  void anExactTitleResolvesAPaperAndANearMatchIsLeftAlone() throws Exception {
    try (FakeArxivApi api = FakeArxivApi.start(ARXIV)) {
      EnrichReport report = enricher(api.url()).enrich(100);

      assertThat(report).isEqualTo(new EnrichReport(2, 1, 1, 1, false));
      Paper pointer = store.paperByArxivId(new ArxivId("1506.03134")).orElseThrow();
      assertThat(pointer.authors()).containsExactly("Oriol Vinyals", "Meire Fortunato");
      assertThat(pointer.published()).isEqualTo(LocalDate.of(2015, 6, 9));
      assertThat(pointer.url()).isEqualTo("https://arxiv.org/abs/1506.03134");
      assertThat(store.papers())
          .filteredOn(p -> p.title().equals("Attention Is Not All You Need"))
          .singleElement()
          .satisfies(p -> assertThat(p.arxivId()).isNull());
      assertThat(store.paperCount()).isEqualTo(3);
    }
  }

  @Test
  void aPaperWithAnIdButNoAuthorsIsFilledByIdList() throws Exception {
    try (FakeArxivApi api = FakeArxivApi.start(ARXIV)) {
      enricher(api.url()).enrich(100);

      Paper sheep = store.paperByArxivId(new ArxivId("2502.00123")).orElseThrow();
      assertThat(sheep.authors()).containsExactly("Ada Lovelace");
      assertThat(sheep.abstractText()).isEqualTo("We count sheep.");
      assertThat(api.queries()).anySatisfy(q -> assertThat(q).contains("id_list=2502.00123"));
    }
  }

  @Test
  void requestsArePacedThreeSecondsApartAndNothingIsAskedTwice() throws Exception {
    try (FakeArxivApi api = FakeArxivApi.start(ARXIV)) {
      ArxivEnricher enricher = enricher(api.url());
      enricher.enrich(100);
      int asked = api.queries().size();

      EnrichReport again = enricher.enrich(100);

      assertThat(asked).isEqualTo(2);
      assertThat(clock.slept).containsExactly(Duration.ofSeconds(3));
      assertThat(again).isEqualTo(new EnrichReport(0, 0, 0, 0, false));
      assertThat(api.queries()).hasSize(asked);
      assertThat(api.queries().get(0))
          .contains("ti:\"POINTER NETWORKS\"", "ti:\"Attention Is Not All You Need\"");
    }
  }

  @Test
  void anUnreachableApiEndsThePassWithoutThrowing() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    EnrichReport report = enricher("http://127.0.0.1:" + closedPort + "/api/query").enrich(100);

    assertThat(report.unreachable()).isTrue();
    assertThat(store.papers())
        .extracting(Paper::arxivId)
        .containsOnlyOnce(new ArxivId("2502.00123"));
  }
}
