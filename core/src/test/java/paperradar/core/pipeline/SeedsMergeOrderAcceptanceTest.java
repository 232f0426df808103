package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.core.SharedData;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;

/**
 * The Topos paper is in seed 000 (aimodels, dated by the page) and seed 003 (summary page, dated by
 * arXiv): whichever is ingested first, it has its arXiv date.
 */
class SeedsMergeOrderAcceptanceTest {

  private static final String AIMODELS = "000_e77648bc5867f914.txt";
  private static final String SUMMARY = "003_4aa2a30aa168dd39.txt";

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void toposHasItsArxivDateInEitherOrder(boolean aimodelsFirst) throws Exception {
    List<String> order = aimodelsFirst ? List.of(AIMODELS, SUMMARY) : List.of(SUMMARY, AIMODELS);
    try (Database database =
        Database.connect("jdbc:h2:mem:topos-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
      JdbcPaperStore store = new JdbcPaperStore(database);
      Ingestor ingestor = new Ingestor(Parsers.detector(), store);
      for (String seed : order) {
        Path path = SharedData.require("seeds/" + seed);
        ingestor.ingest(
            path.toString(),
            Files.readAllBytes(path),
            LocalDate.of(2026, 11, 22),
            Optional.empty());
      }

      Paper topos = store.paperByArxivId(new ArxivId("2403.18415")).orElseThrow();

      assertThat(topos.published()).isEqualTo(LocalDate.of(2024, 3, 28));
      assertThat(topos.title()).isEqualTo("The Topos of Transformer Networks");
      assertThat(topos.url()).isEqualTo("https://arxiv.org/abs/2403.18415");
    }
  }
}
