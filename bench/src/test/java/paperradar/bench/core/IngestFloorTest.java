package paperradar.bench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.Paper;

/**
 * The floor holds every paper it is timed on: it checks its store's rows and its index's documents
 * after each pass, and a remainder past the last full transaction of 500 must be committed too.
 */
class IngestFloorTest {

  @Test
  void everyPassStoresAndIndexesEveryPaper(@TempDir Path dir) {
    List<Paper> papers = new CorpusGenerator(7).papers(1_201);

    IngestBench.Floor floor = IngestFloor.measure(dir, papers, 1, 1);

    assertThat(floor.indexAlone()).isPositive();
    assertThat(floor.storeAlone()).isPositive();
    assertThat(floor.bothAtOnce()).isPositive();
  }
}
