package paperradar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.TitleKey;
import paperradar.core.pipeline.ListingCaptures;
import paperradar.core.store.TestDatabase.Kind;

/**
 * Papers are found by title through a hash of their title key (migration 97): the hash the
 * migration computes in SQL for papers stored before it is the one the store computes in Java, so
 * those papers are still found by title and merged into; and a lookup never takes a paper whose key
 * only shares the hash.
 */
class TitleHashMigrationTest {

  private static final List<String> TITLES =
      List.of(
          "Attention Is All You Need",
          "Σύνθεση Λόγου με Νευρωνικά Δίκτυα",
          "A Title That Runs Long: " + "Scaling Laws for Mixtures of Experts, ".repeat(12));

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void papersStoredBeforeTheMigrationAreFoundAndMergedByTitle(Kind kind) throws SQLException {
    try (ScratchDatabase scratch = ScratchDatabase.create(kind)) {
      scratch.migrateTo("96");
      for (int i = 0; i < TITLES.size(); i++) {
        scratch.execute(insertPaper(TITLES.get(i), i + 1));
      }

      try (Database database = Database.connect(scratch.url())) {
        assertThat(storedHashes(database))
            .hasSize(TITLES.size())
            .allSatisfy((key, hash) -> assertThat(hash).isEqualTo(TitleHashes.of(key)));

        PaperStore store = new JdbcPaperStore(database);
        for (String title : TITLES) {
          assertThat(store.papersByTitleKey(TitleKey.of(title)))
              .extracting(paper -> paper.title())
              .containsExactly(title);
        }
        long greek = store.papersByTitleKey(TitleKey.of(TITLES.get(1))).get(0).id();
        store.ingest(capture("a", TITLES.get(1).toUpperCase(java.util.Locale.ROOT)));
        assertThat(store.paperCount()).isEqualTo(TITLES.size());
        assertThat(store.sightings(greek)).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPaperWhoseKeyOnlySharesTheHashIsNotFoundByIt(Kind kind) throws SQLException {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      store.ingest(capture("a", "Alpha Paper"));
      try (Connection connection = db.database().dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "INSERT INTO papers (title_key, title_hash, title, authors_json, abstract,"
                + " abstract_complete, sources, first_seen, updated_at) VALUES ('beta paper', "
                + TitleHashes.of("alpha paper")
                + ", 'Beta Paper', '[]', '', TRUE, 'feed', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");
      }

      assertThat(store.papersByTitleKey("alpha paper"))
          .extracting(paper -> paper.title())
          .containsExactly("Alpha Paper");
      store.ingest(capture("b", "alpha paper"));
      assertThat(store.papers())
          .extracting(paper -> paper.title() + ": " + store.sightings(paper.id()).size())
          .containsExactlyInAnyOrder("Alpha Paper: 2", "Beta Paper: 0");
    }
  }

  private static Map<String, Long> storedHashes(Database database) throws SQLException {
    Map<String, Long> hashes = new HashMap<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT title_key, title_hash FROM papers")) {
      while (rows.next()) {
        hashes.put(rows.getString(1), rows.getLong(2));
      }
    }
    return hashes;
  }

  /** A paper row as the code at migration 96 wrote it, with no hash. */
  private static String insertPaper(String title, long changeNumber) {
    return "INSERT INTO papers (title_key, title, authors_json, abstract, abstract_complete,"
        + " sources, first_seen, updated_at, change_seq) VALUES ('"
        + TitleKey.of(title)
        + "', '"
        + title
        + "', '[]', '', FALSE, 'feed', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00',"
        + " TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00', "
        + changeNumber
        + ")";
  }

  private static Capture capture(String sha, String title) {
    return ListingCaptures.capture(
        "in-" + sha,
        new Listing(ListingFormat.S2_JSON, List.of(ListingEntry.builder(1, 1, title).build())),
        Instant.parse("2026-11-20T00:00:00Z"),
        sha.repeat(64));
  }
}
