package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.SharedData;
import paperradar.core.ingest.Parsers;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.QueryException;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchResults;
import paperradar.core.search.SearchSort;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.TestDatabase;

/**
 * Search over the five real seed listings, ingested into the store and kept in step in the index.
 */
class SeedsSearchAcceptanceTest {

  @TempDir static Path temp;
  private static TestDatabase db;
  private static PaperIndex index;

  @BeforeAll
  static void ingestSeeds() throws Exception {
    Path seeds = SharedData.require("seeds");
    db = TestDatabase.open(TestDatabase.Kind.H2, temp);
    index = PaperIndex.open(temp.resolve("index"));
    Ingestor ingestor = new Ingestor(Parsers.detector(), new JdbcPaperStore(db.database()));
    ingestor.addListener((changed, newIds) -> index.upsert(changed));
    try (var files = Files.list(seeds)) {
      for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        ingestor.ingest(
            seed.toString(),
            Files.readAllBytes(seed),
            LocalDate.of(2026, 11, 22),
            Optional.empty());
      }
    }
  }

  @AfterAll
  static void close() {
    if (index != null) {
      index.close();
      db.close();
    }
  }

  private static SearchResults search(String query) {
    return index.search(new SearchRequest(query, 10, 0, SearchSort.RELEVANCE));
  }

  private static List<String> titles(String query) {
    return search(query).hits().stream().map(SearchResults.Hit::title).toList();
  }

  @Test
  void theIndexHoldsEveryPaper() {
    assertThat(index.size()).isEqualTo(307);
  }

  @Test
  void pointerNetworksComesFirst() {
    assertThat(titles("pointer networks")).first().isEqualTo("Pointer Networks");
  }

  @Test
  void anAuthorSearchFoldsTheStrayAccentOfTheListing() {
    assertThat(titles("author:balunovic"))
        .containsExactly(
            "Beyond Memorization: Violating Privacy Via Inference with Large Language Models");
  }

  @Test
  void aPhraseFindsTheToposPaper() {
    assertThat(titles("\"topos of transformer networks\""))
        .containsExactly("The Topos of Transformer Networks");
  }

  /** A paper without an arXiv date is dated by its first sighting: the seeds' capture day. */
  @Test
  void dateFiltersGoByTheArxivDateElseTheFirstSighting() {
    SearchResults all = search("transformer");
    SearchResults older = search("transformer until:2024-12-31");
    SearchResults recent = search("transformer since:2025-01-01");

    assertThat(older.totalHits()).isPositive();
    assertThat(older.totalHits() + recent.totalHits()).isEqualTo(all.totalHits());
    assertThat(older.hits())
        .allSatisfy(
            hit -> assertThat(hit.published()).isBeforeOrEqualTo(LocalDate.of(2024, 12, 31)));
    assertThat(recent.hits())
        .allSatisfy(
            hit -> {
              if (hit.published() != null) {
                assertThat(hit.published()).isAfterOrEqualTo(LocalDate.of(2025, 1, 1));
              }
            });
  }

  @Test
  void aBadQueryGetsAClearMessage() {
    assertThatThrownBy(() -> search("\"pointer networks"))
        .isInstanceOf(QueryException.class)
        .hasMessage("unbalanced quotes in the query: every \" needs its closing \"");
    assertThatThrownBy(() -> search("venue:neurips"))
        .hasMessageStartingWith("unknown field \"venue:\"");
  }
}
