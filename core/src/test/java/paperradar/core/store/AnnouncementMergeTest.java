package paperradar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.ListingCaptures;
import paperradar.core.store.TestDatabase.Kind;

/** What arXiv's announce types, and the ids of other sources, do to the papers the store keeps. */
class AnnouncementMergeTest {

  private static final Instant DAY1 = Instant.parse("2026-11-20T00:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-21T00:00:00Z");
  private static final ArxivId OLD = new ArxivId("1405.0001");

  @TempDir Path temp;

  private static Capture capture(
      String sha, Instant at, ListingFormat format, ListingEntry... entries) {
    return ListingCaptures.capture(
        "in-" + sha, new Listing(format, List.of(entries)), at, sha.repeat(64));
  }

  private static ListingEntry api() {
    return ListingEntry.builder(1, 1, "An Old Paper")
        .arxivId(OLD)
        .authors(List.of("Ada Lovelace"))
        .published(LocalDate.of(2014, 5, 1))
        .version(1)
        .build();
  }

  private static ListingEntry replacement(int version, LocalDate day) {
    return ListingEntry.builder(1, 1, "An Old Paper")
        .arxivId(OLD)
        .authors(List.of("Ada Lovelace"))
        .published(day)
        .announceType("replace")
        .version(version)
        .build();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aReplacementRecordsItsVersionAndNeverMovesTheDateInEitherOrder(Kind kind) {
    for (boolean apiFirst : new boolean[] {true, false}) {
      try (TestDatabase db = TestDatabase.open(kind, temp)) {
        PaperStore store = new JdbcPaperStore(db.database());
        Capture api = capture("a", apiFirst ? DAY1 : DAY2, ListingFormat.ARXIV_ATOM, api());
        Capture rss =
            capture(
                "b",
                apiFirst ? DAY2 : DAY1,
                ListingFormat.ARXIV_RSS,
                replacement(3, LocalDate.of(2024, 11, 28)));

        IngestReport first = store.ingest(apiFirst ? api : rss);
        store.ingest(apiFirst ? rss : api);

        Paper paper = store.paperByArxivId(OLD).orElseThrow();
        assertThat(paper.published()).isEqualTo(LocalDate.of(2014, 5, 1));
        assertThat(paper.latestVersion()).isEqualTo(3);
        assertThat(store.paperCount()).isEqualTo(1);
        assertThat(first.newPapers()).isEqualTo(apiFirst ? 1 : 0);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aReplacementOrCrossListOfAnUnknownPaperIsStoredUndatedAndNotNew(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());

      IngestReport report =
          store.ingest(
              capture(
                  "c",
                  DAY1,
                  ListingFormat.ARXIV_RSS,
                  replacement(2, LocalDate.of(2024, 11, 28)),
                  ListingEntry.builder(2, 9, "Crossed Over")
                      .arxivId(new ArxivId("2401.00002"))
                      .published(LocalDate.of(2024, 11, 28))
                      .announceType("cross")
                      .build()));

      assertThat(report.newPapers()).isZero();
      assertThat(store.papers()).extracting(Paper::published).containsOnlyNulls();
      assertThat(store.paperCount()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void papersWithoutAnArxivIdMergeByDoiOrPmidWhateverTheirTitles(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "d",
              DAY1,
              ListingFormat.S2_JSON,
              ListingEntry.builder(1, 1, "A Clinical Trial")
                  .doi("10.1000/trial")
                  .s2Id("bb22")
                  .build()));
      store.ingest(
          capture(
              "e",
              DAY2,
              ListingFormat.PUBMED_XML,
              ListingEntry.builder(1, 1, "A clinical trial of counting.")
                  .doi("10.1000/trial")
                  .pmid("31000000")
                  .url("https://pubmed.ncbi.nlm.nih.gov/31000000/")
                  .build()));

      assertThat(store.papers())
          .singleElement()
          .satisfies(
              paper -> {
                assertThat(paper.doi()).isEqualTo("10.1000/trial");
                assertThat(paper.pmid()).isEqualTo("31000000");
                assertThat(paper.s2Id()).isEqualTo("bb22");
                assertThat(paper.url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/31000000/");
              });
    }
  }

  /** An id a stored paper gains from a later listing finds it too, in the next listing. */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void anIdAStoredPaperGainsFindsItLater(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "f",
              DAY1,
              ListingFormat.S2_JSON,
              ListingEntry.builder(1, 1, "A Clinical Trial").doi("10.1000/trial").build()));
      store.ingest(
          capture(
              "g",
              DAY2,
              ListingFormat.PUBMED_XML,
              ListingEntry.builder(1, 1, "A clinical trial of counting.")
                  .doi("10.1000/trial")
                  .pmid("31000000")
                  .build()));
      store.ingest(
          capture(
              "h",
              DAY2,
              ListingFormat.PUBMED_XML,
              ListingEntry.builder(1, 1, "Counting, a trial").pmid("31000000").build()));

      assertThat(store.papers())
          .singleElement()
          .satisfies(paper -> assertThat(store.sightings(paper.id())).hasSize(3));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theMostAuthoritativeSourceGivesTheAuthorsWhicheverCameLast(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(capture("f", DAY1, ListingFormat.ARXIV_ATOM, api()));
      store.ingest(
          capture(
              "g",
              DAY2,
              ListingFormat.AIMODELS,
              ListingEntry.builder(1, 1, "An Old Paper")
                  .authors(List.of("A. Lovelace", "Someone Else"))
                  .published(LocalDate.of(2026, 1, 1))
                  .build()));

      Paper paper = store.paperByArxivId(OLD).orElseThrow();
      assertThat(paper.authors()).containsExactly("Ada Lovelace");
      assertThat(paper.published()).isEqualTo(LocalDate.of(2014, 5, 1));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aCrossListAddsItsCategoryAndKeepsTheFirstDate(Kind kind) {
    ArxivId id = new ArxivId("2411.00042");
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(
          capture(
              "h",
              DAY1,
              ListingFormat.ARXIV_RSS,
              ListingEntry.builder(1, 1, "Counting Tokens")
                  .arxivId(id)
                  .authors(List.of("Ada Lovelace"))
                  .published(LocalDate.of(2024, 11, 27))
                  .announceType("new")
                  .categories(List.of("cs.LG"))
                  .build()));
      IngestReport cross =
          store.ingest(
              capture(
                  "i",
                  DAY2,
                  ListingFormat.ARXIV_RSS,
                  ListingEntry.builder(1, 1, "Counting Tokens")
                      .arxivId(id)
                      .authors(List.of("Ada Lovelace"))
                      .published(LocalDate.of(2024, 11, 28))
                      .announceType("cross")
                      .categories(List.of("stat.ML"))
                      .build()));

      assertThat(cross.newPapers()).isZero();
      assertThat(store.papers())
          .singleElement()
          .satisfies(
              paper -> {
                assertThat(paper.categories()).containsExactly("cs.LG", "stat.ML");
                assertThat(paper.published()).isEqualTo(LocalDate.of(2024, 11, 27));
              });
    }
  }

  /**
   * The real rss.arxiv.org excerpt of 2024-11-28 (fixtures/real): its four new papers are new and
   * dated by the announcement; the 2014 paper it announces as replaced (v4) and the cross-lists are
   * neither new nor dated 2024-11-28.
   */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRealDayOfTheNewRssFeedStoresOnlyItsNewItemsAsNewPapers(Kind kind) throws Exception {
    String name = "arxiv_rss_2024-11-28_10of1504items_aioarxiv.xml";
    Listing listing;
    try (java.io.InputStream in = getClass().getResourceAsStream("/fixtures/real/" + name)) {
      listing =
          paperradar.core.ingest.Parsers.detector()
              .parse(
                  new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                  new paperradar.core.ingest.ParseContext(name, LocalDate.of(2024, 11, 28)),
                  java.util.Optional.empty());
    }
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());

      IngestReport report =
          store.ingest(ListingCaptures.capture(name, listing, DAY1, "r".repeat(64)));

      assertThat(report.newPapers()).isEqualTo(4);
      Paper designs = store.paperByArxivId(new ArxivId("1401.3665")).orElseThrow();
      assertThat(designs.published()).isNull();
      assertThat(designs.latestVersion()).isEqualTo(4);
      assertThat(designs.categories()).containsExactly("math.CO");
      assertThat(store.paperByArxivId(new ArxivId("2411.17817")).orElseThrow().published())
          .isEqualTo(LocalDate.of(2024, 11, 28));
      assertThat(store.paperByArxivId(new ArxivId("2411.16552")).orElseThrow().categories())
          .containsExactly("cs.LG", "econ.EM", "stat.AP", "stat.ME", "stat.ML");
    }
  }
}
