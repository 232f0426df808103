package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.SharedData;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.model.TitleKey;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.PaperStore;
import paperradar.core.store.TestDatabase;
import paperradar.core.store.TestDatabase.Kind;

/** All five real seed listings, ingested end to end into H2 and into PostgreSQL. */
class SeedsIngestAcceptanceTest {

  private static final List<String> SEEDS =
      List.of(
          "000_e77648bc5867f914.txt",
          "001_c86545dfc6a4d265.txt",
          "002_9583f77ed318037f.txt",
          "003_4aa2a30aa168dd39.txt",
          "004_17e0fda867bfce20.txt");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  @TempDir Path temp;

  private static List<IngestOutcome> ingestAll(Ingestor ingestor, LocalDate asOf)
      throws IOException, ListingParseException {
    List<IngestOutcome> outcomes = new java.util.ArrayList<>();
    for (String seed : SEEDS) {
      Path path = SharedData.require("seeds/" + seed);
      outcomes.add(
          ingestor.ingest(path.toString(), Files.readAllBytes(path), asOf, Optional.empty()));
    }
    return outcomes;
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void fiveSeedsMakeThreeHundredSevenPapers(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store);

      List<IngestOutcome> outcomes = ingestAll(ingestor, AS_OF);

      assertThat(outcomes).extracting(o -> o.report().read()).containsExactly(20, 31, 206, 1, 62);
      assertThat(outcomes.stream().mapToInt(o -> o.report().read()).sum()).isEqualTo(320);
      assertThat(store.paperCount()).isEqualTo(307);

      List<Paper> pointer = store.papersByTitleKey(TitleKey.of("Pointer Networks"));
      assertThat(pointer)
          .singleElement()
          .satisfies(
              paper -> {
                assertThat(store.sightings(paper.id()).stream().map(s -> s.input()).distinct())
                    .hasSize(3);
                assertThat(paper.authorCount()).isEqualTo(3);
              });

      Paper topos = store.paperByArxivId(new ArxivId("2403.18415")).orElseThrow();
      assertThat(topos.title()).isEqualTo("The Topos of Transformer Networks");
      assertThat(topos.sources())
          .containsExactlyInAnyOrder(PaperSource.AIMODELS, PaperSource.SUMMARY_PAGE);
      assertThat(topos.authors()).containsExactly("Mattia Jacopo Villani", "Peter McBurney");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void reingestingChangesNothingAndANewCaptureAddsOnlySightings(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      PaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store);
      ingestAll(ingestor, AS_OF);
      int sightings = store.sightingsSince(java.time.Instant.EPOCH).size();

      List<IngestOutcome> again = ingestAll(ingestor, AS_OF);
      assertThat(again).allSatisfy(o -> assertThat(o.report().alreadyStored()).isTrue());
      assertThat(store.sightingsSince(java.time.Instant.EPOCH)).hasSize(sightings);

      List<IngestOutcome> nextDay = ingestAll(ingestor, AS_OF.plusDays(1));
      assertThat(nextDay).allSatisfy(o -> assertThat(o.report().newPapers()).isZero());
      assertThat(store.paperCount()).isEqualTo(307);
      assertThat(store.sightingsSince(java.time.Instant.EPOCH)).hasSize(2 * sightings);
    }
  }
}
