package paperradar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.pipeline.ListingCaptures;
import paperradar.core.store.TestDatabase.Kind;

/**
 * A store written before the ids other than arXiv's moved to a table of their own (migration 96)
 * still merges a new sighting into the paper that has its DOI, PMID or Semantic Scholar id.
 */
class OtherIdsMigrationTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void papersStoredBeforeTheMigrationAreFoundByEachOfTheirIds(Kind kind) throws SQLException {
    try (ScratchDatabase scratch = ScratchDatabase.create(kind)) {
      scratch.migrateTo("95");
      scratch.execute(insertPaper(1, "A Clinical Trial", "'10.1000/trial'", "NULL", "'bb22'"));
      scratch.execute(insertPaper(2, "Counting Sheep", "NULL", "'31000000'", "NULL"));
      scratch.execute(insertPaper(3, "An Unrelated Paper", "'10.1000/other'", "NULL", "NULL"));

      try (Database database = Database.connect(scratch.url())) {
        PaperStore store = new JdbcPaperStore(database);
        store.ingest(capture("a", entry("Another Title Entirely").s2Id("bb22").build()));
        store.ingest(capture("b", entry("Sheep, Counted").pmid("31000000").build()));
        store.ingest(capture("c", entry("Yet Another Title").doi("10.1000/trial").build()));

        assertThat(store.paperCount()).isEqualTo(3);
        assertThat(store.papers())
            .extracting(
                paper ->
                    paper.doi() + " " + paper.pmid() + " " + store.sightings(paper.id()).size())
            .containsExactlyInAnyOrder(
                "10.1000/trial null 2", "null 31000000 1", "10.1000/other null 0");
      }
    }
  }

  private static String insertPaper(
      long changeNumber, String title, String doi, String pmid, String s2) {
    return "INSERT INTO papers (title_key, title, authors_json, abstract, abstract_complete,"
        + " sources, first_seen, updated_at, doi, pmid, s2_id, change_seq) VALUES ('"
        + title.toLowerCase(java.util.Locale.ROOT)
        + "', '"
        + title
        + "', '[]', '', FALSE, 's2-json', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00',"
        + " TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00', "
        + doi
        + ", "
        + pmid
        + ", "
        + s2
        + ", "
        + changeNumber
        + ")";
  }

  private static ListingEntry.Builder entry(String title) {
    return ListingEntry.builder(1, 1, title);
  }

  private static Capture capture(String sha, ListingEntry entry) {
    return ListingCaptures.capture(
        "in-" + sha,
        new Listing(ListingFormat.S2_JSON, List.of(entry)),
        Instant.parse("2026-11-20T00:00:00Z"),
        sha.repeat(64));
  }
}
