package paperradar.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.model.SignalName;
import paperradar.core.pipeline.ListingCaptures;
import paperradar.core.store.TestDatabase.Kind;

/** Every scenario runs on H2 and on PostgreSQL. */
class JdbcPaperStoreTest {

  private static final Instant DAY1 = Instant.parse("2026-11-20T00:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-21T00:00:00Z");

  @TempDir Path temp;

  private static ListingEntry.Builder entry(int position, String title) {
    return ListingEntry.builder(position, position * 10, title);
  }

  private static Capture capture(
      String sha, Instant at, ListingFormat format, ListingEntry... entries) {
    return ListingCaptures.capture(
        "input-" + sha, new Listing(format, List.of(entries)), at, sha.repeat(64).substring(0, 64));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void newPaperIsStoredWithEveryField(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      IngestReport report =
          store.ingest(
              capture(
                  "a",
                  DAY1,
                  ListingFormat.ARXIV_ATOM,
                  entry(1, "Pointer Networks")
                      .arxivId(new ArxivId("1506.03134"))
                      .authors(List.of("Oriol Vinyals", "Meire Fortunato"))
                      .organization("Google")
                      .abstractText("We introduce a new neural architecture.", true)
                      .published(LocalDate.of(2015, 6, 9))
                      .signal(SignalName.UPVOTES, 7)
                      .build()));

      assertThat(report.read()).isEqualTo(1);
      assertThat(report.newPapers()).isEqualTo(1);
      Paper paper = store.paper(report.newPaperIds().get(0)).orElseThrow();
      assertThat(paper.arxivId()).isEqualTo(new ArxivId("1506.03134"));
      assertThat(paper.title()).isEqualTo("Pointer Networks");
      assertThat(paper.authors()).containsExactly("Oriol Vinyals", "Meire Fortunato");
      assertThat(paper.authorCount()).isNull();
      assertThat(paper.organization()).isEqualTo("Google");
      assertThat(paper.abstractText()).isEqualTo("We introduce a new neural architecture.");
      assertThat(paper.published()).isEqualTo(LocalDate.of(2015, 6, 9));
      assertThat(paper.signals()).isEqualTo(Map.of(SignalName.UPVOTES, 7L));
      assertThat(paper.sources()).containsExactly(PaperSource.ARXIV_ATOM);
      assertThat(paper.firstSeen()).isEqualTo(DAY1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void sameCaptureTwiceChangesNothing(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      Capture capture =
          capture("b", DAY1, ListingFormat.HF_SEARCH, entry(1, "A").build(), entry(2, "B").build());
      store.ingest(capture);

      IngestReport again = store.ingest(capture);

      assertThat(again.alreadyStored()).isTrue();
      assertThat(again.newPapers()).isZero();
      assertThat(store.paperCount()).isEqualTo(2);
      assertThat(store.sightingsSince(Instant.EPOCH)).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void newCaptureOfTheSameListingAddsSightingsNotPapers(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "c",
              DAY1,
              ListingFormat.HF_DAILY,
              entry(1, "A").signal(SignalName.UPVOTES, 3).build()));

      IngestReport second =
          store.ingest(
              capture(
                  "d",
                  DAY2,
                  ListingFormat.HF_DAILY,
                  entry(1, "A").signal(SignalName.UPVOTES, 40).build()));

      assertThat(second.newPapers()).isZero();
      assertThat(second.merged()).isEqualTo(1);
      assertThat(store.paperCount()).isEqualTo(1);
      Paper paper = store.papers().get(0);
      assertThat(store.sightings(paper.id()))
          .extracting(s -> s.signals().get(SignalName.UPVOTES))
          .containsExactly(3L, 40L);
      assertThat(paper.signals()).containsEntry(SignalName.UPVOTES, 40L);
      assertThat(paper.firstSeen()).isEqualTo(DAY1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void idArrivingLaterAttachesToThePaperKnownByTitle(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "e",
              DAY1,
              ListingFormat.AIMODELS,
              entry(1, "The Topos of Transformer Networks").build()));

      IngestReport withId =
          store.ingest(
              capture(
                  "f",
                  DAY2,
                  ListingFormat.SUMMARY_PAGE,
                  entry(1, "The topos of transformer networks")
                      .arxivId(new ArxivId("2403.18415"))
                      .build()));

      assertThat(withId.newPapers()).isZero();
      assertThat(store.paperCount()).isEqualTo(1);
      Paper paper = store.paperByArxivId(new ArxivId("2403.18415")).orElseThrow();
      assertThat(paper.title()).isEqualTo("The Topos of Transformer Networks");
      assertThat(paper.sources())
          .containsExactlyInAnyOrder(PaperSource.AIMODELS, PaperSource.SUMMARY_PAGE);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void versionsAndTitleVariantsAreOnePaperButAnotherIdIsAnotherPaper(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "g",
              DAY1,
              ListingFormat.ARXIV_RSS,
              entry(1, "Attention Is All You Need")
                  .arxivId(ArxivId.parse("1706.03762v5").orElseThrow())
                  .build(),
              entry(2, "Old Style")
                  .arxivId(ArxivId.parse("hep-th/9901001v2").orElseThrow())
                  .build()));

      IngestReport report =
          store.ingest(
              capture(
                  "h",
                  DAY2,
                  ListingFormat.FEED,
                  entry(1, "attention is all you need!").build(),
                  entry(2, "Old style")
                      .arxivId(ArxivId.parse("hep-th/9901001v1").orElseThrow())
                      .build(),
                  entry(3, "Attention Is All You Need")
                      .arxivId(new ArxivId("2501.00001"))
                      .build()));

      assertThat(report.newPapers()).isEqualTo(1);
      assertThat(store.paperCount()).isEqualTo(3);
      assertThat(store.papersByTitleKey("attention is all you need")).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void bestKnownFieldsWin(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "i",
              DAY1,
              ListingFormat.HF_DAILY,
              entry(1, "Paper X")
                  .authorCount(3)
                  .abstractText("A full abstract, complete.", true)
                  .build()));
      store.ingest(
          capture(
              "j",
              DAY2,
              ListingFormat.AIMODELS,
              entry(1, "Paper X")
                  .authors(List.of("A", "B", "C"))
                  .abstractText("A full abstract, complete. And a much longer cut", false)
                  .published(LocalDate.of(2024, 5, 8))
                  .build()));

      Paper paper = store.papers().get(0);
      assertThat(paper.authors()).containsExactly("A", "B", "C");
      assertThat(paper.authorCount()).isNull();
      assertThat(paper.abstractText()).isEqualTo("A full abstract, complete.");
      assertThat(paper.published()).isEqualTo(LocalDate.of(2024, 5, 8));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void arxivsOwnDateReplacesAListingsDayAndIsNotReplacedByOne(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      ArxivId id = new ArxivId("2411.00001");
      store.ingest(
          capture(
              "p",
              DAY1,
              ListingFormat.HF_DAILY,
              entry(1, "Dated").arxivId(id).published(LocalDate.of(2024, 11, 20)).build()));
      store.ingest(
          capture(
              "q",
              DAY2,
              ListingFormat.ARXIV_ATOM,
              entry(1, "Dated").arxivId(id).published(LocalDate.of(2024, 11, 1)).build()));
      store.ingest(
          capture(
              "r",
              DAY2,
              ListingFormat.AIMODELS,
              entry(1, "Dated").arxivId(id).published(LocalDate.of(2024, 11, 21)).build()));

      assertThat(store.papers())
          .singleElement()
          .satisfies(paper -> assertThat(paper.published()).isEqualTo(LocalDate.of(2024, 11, 1)));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void signalsAreTheLatestValuesMergedAcrossSources(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "k",
              DAY2,
              ListingFormat.AIMODELS,
              entry(1, "Paper Y")
                  .signal(SignalName.HACKER_NEWS, 120)
                  .signal(SignalName.REDDIT, 4)
                  .build()));
      store.ingest(
          capture(
              "l",
              DAY2,
              ListingFormat.HF_DAILY,
              entry(1, "Paper Y").signal(SignalName.UPVOTES, 9).build()));
      store.ingest(
          capture(
              "m",
              DAY2,
              ListingFormat.HF_JSON,
              entry(1, "Paper Y").signal(SignalName.UPVOTES, 11).build()));
      // An older capture ingested late does not overwrite newer values.
      store.ingest(
          capture(
              "n",
              DAY1,
              ListingFormat.AIMODELS,
              entry(1, "Paper Y").signal(SignalName.HACKER_NEWS, 30).build()));

      Paper paper = store.papers().get(0);
      assertThat(paper.signals())
          .isEqualTo(
              Map.of(SignalName.HACKER_NEWS, 120L, SignalName.REDDIT, 4L, SignalName.UPVOTES, 11L));
      assertThat(paper.sources())
          .isEqualTo(Set.of(PaperSource.AIMODELS, PaperSource.HF_DAILY, PaperSource.HF_JSON));
      assertThat(paper.firstSeen()).isEqualTo(DAY1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFailureInTheMiddleStoresNothingOfTheCapture(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      Capture broken =
          capture(
              "o",
              DAY1,
              ListingFormat.HF_SEARCH,
              entry(1, "Fine paper").build(),
              entry(2, "T".repeat(5_000)).build());

      assertThatThrownBy(() -> store.ingest(broken)).isInstanceOf(StoreException.class);

      assertThat(store.paperCount()).isZero();
      assertThat(store.sightingsSince(Instant.EPOCH)).isEmpty();
      assertThat(
              store
                  .ingest(
                      capture("o", DAY1, ListingFormat.HF_SEARCH, entry(1, "Fine paper").build()))
                  .newPapers())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void migrationsRunTwiceAndCreateQuartzTables(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      new JdbcPaperStore(db.database())
          .ingest(capture("p", DAY1, ListingFormat.HF_SEARCH, entry(1, "Kept").build()));
      Database again = kind == Kind.H2 ? null : Database.connect(db.url());
      try (Connection connection =
              (again == null ? db.database() : again).dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isZero();
      } finally {
        if (again != null) {
          again.close();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void papersByIdKeepTheOrderAsked(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      IngestReport report =
          store.ingest(
              capture(
                  "q",
                  DAY1,
                  ListingFormat.HF_SEARCH,
                  entry(1, "One").build(),
                  entry(2, "Two").build(),
                  entry(3, "Three").build()));
      List<Long> ids = report.paperIds();

      assertThat(store.papers(List.of(ids.get(2), ids.get(0), 999_999L)))
          .extracting(Paper::title)
          .containsExactly("Three", "One");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPaperSeenInTwoChunksOfOneCaptureIsOnePaperWithEverySighting(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "r",
              DAY1,
              ListingFormat.HF_DAILY,
              entry(1, "Lone Alpaca Study").signal(SignalName.UPVOTES, 1).build()));
      int size = IngestTransaction.CHUNK + 50;
      ListingEntry[] entries = new ListingEntry[size];
      for (int i = 0; i < size; i++) {
        entries[i] = entry(i + 1, "Filler paper number " + i).build();
      }
      entries[0] = entry(1, "Lone Alpaca Study").signal(SignalName.UPVOTES, 3).build();
      // In the second chunk: the same paper, now with its arXiv id.
      entries[IngestTransaction.CHUNK + 9] =
          entry(IngestTransaction.CHUNK + 10, "Lone alpaca study")
              .arxivId(new ArxivId("2611.00001"))
              .signal(SignalName.UPVOTES, 5)
              .build();
      List<Integer> progress = new java.util.ArrayList<>();

      IngestReport report =
          store.ingest(capture("s", DAY2, ListingFormat.HF_DAILY, entries), progress::add);

      assertThat(progress).containsExactly(IngestTransaction.CHUNK, size);
      assertThat(report.read()).isEqualTo(size);
      assertThat(report.newPapers()).isEqualTo(size - 2);
      assertThat(report.paperIds()).hasSize(size - 1).doesNotHaveDuplicates();
      assertThat(store.paperCount()).isEqualTo(size - 1);
      Paper paper = store.paperByArxivId(new ArxivId("2611.00001")).orElseThrow();
      assertThat(paper.title()).isEqualTo("Lone Alpaca Study");
      assertThat(store.sightings(paper.id())).hasSize(3);
      assertThat(paper.signals()).isEqualTo(Map.of(SignalName.UPVOTES, 5L));
      assertThat(paper.firstSeen()).isEqualTo(DAY1);
      assertThat(report.paperIds().get(0)).isEqualTo(paper.id());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theFirstCodeLinkAListingGivesAPaperStaysThroughLaterOnes(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      ArxivId id = new ArxivId("2611.00042");
      store.ingest(
          capture(
              "q",
              DAY1,
              ListingFormat.HF_DAILY,
              entry(1, "Linked twice").arxivId(id).build(),
              entry(2, "Linked twice").arxivId(id).codeUrl("https://github.com/ada/first").build(),
              entry(3, "Linked twice").arxivId(id).codeUrl("https://github.com/ada/second").build(),
              entry(4, "Never linked").build()));
      store.ingest(
          capture(
              "r",
              DAY2,
              ListingFormat.HF_DAILY,
              entry(1, "Linked twice")
                  .arxivId(id)
                  .codeUrl("https://github.com/ada/later")
                  .build()));

      try (Connection connection = db.database().dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT title, code_url, code_url_at FROM papers ORDER BY title")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString("title")).isEqualTo("Linked twice");
        assertThat(rows.getString("code_url")).isEqualTo("https://github.com/ada/first");
        assertThat(rows.getObject("code_url_at")).isNotNull();
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString("title")).isEqualTo("Never linked");
        assertThat(rows.getString("code_url")).isNull();
        assertThat(rows.next()).isFalse();
      }
    }
  }
}
