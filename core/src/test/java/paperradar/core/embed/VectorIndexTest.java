package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.model.ArxivId;

class VectorIndexTest {

  private static final int DIM = 4;

  private static PaperText paper(long id, String arxiv, String title) {
    return new PaperText(id, arxiv == null ? null : new ArxivId(arxiv), title, "");
  }

  private static PaperVector at(PaperText paper, float... vector) {
    return new PaperVector(paper, vector);
  }

  @Test
  void nearestReturnsPapersBestFirstWithTheirCosineSimilarity() {
    try (VectorIndex index = VectorIndex.inMemory(DIM)) {
      index.put(
          List.of(
              at(paper(1, null, "East"), 1, 0, 0, 0),
              at(paper(2, null, "North-east"), 1, 1, 0, 0),
              at(paper(3, null, "West"), -1, 0, 0, 0),
              at(paper(4, null, "Up"), 0, 0, 1, 0)));

      List<Neighbour> nearest = index.nearest(new float[] {2, 0, 0, 0}, 3, NeighbourFilter.none());

      assertThat(nearest).extracting(Neighbour::paperId).containsExactly(1L, 2L, 4L);
      assertThat(nearest.get(0).similarity()).isCloseTo(1.0, within(1e-6));
      assertThat(nearest.get(1).similarity()).isCloseTo(Math.sqrt(0.5), within(1e-6));
      assertThat(nearest.get(2).similarity()).isCloseTo(0.0, within(1e-6));
    }
  }

  @Test
  void theFilterKeepsOutIdsArxivIdsAndTitlesAndCanNarrowToCandidates() {
    try (VectorIndex index = VectorIndex.inMemory(DIM)) {
      index.put(
          List.of(
              at(paper(1, "2401.00001", "Same Paper"), 1, 0, 0, 0),
              at(paper(2, "2401.00001", "Same paper, v2 title"), 1, 0.01f, 0, 0),
              at(paper(3, null, "Same  paper!"), 1, 0.02f, 0, 0),
              at(paper(4, null, "Another"), 1, 0.5f, 0, 0),
              at(paper(5, null, "Far"), 0, 1, 0, 0)));
      float[] query = {1, 0, 0, 0};

      PaperText itself = paper(1, "2401.00001", "Same Paper");
      assertThat(index.nearest(query, 5, NeighbourFilter.excludingVersionsOf(itself)))
          .extracting(Neighbour::paperId)
          .containsExactly(4L, 5L);
      assertThat(index.nearest(query, 5, NeighbourFilter.none().excludingIds(Set.of(1L, 4L))))
          .extracting(Neighbour::paperId)
          .containsExactly(2L, 3L, 5L);
      assertThat(index.nearest(query, 5, NeighbourFilter.none().onlyAmong(Set.of(5L, 3L))))
          .extracting(Neighbour::paperId)
          .containsExactly(3L, 5L);
      assertThat(index.nearest(query, 5, NeighbourFilter.none().onlyAmong(Set.of()))).isEmpty();
    }
  }

  @Test
  void putReplacesAPapersVectorAndStoresItNormalised() {
    try (VectorIndex index = VectorIndex.inMemory(DIM)) {
      PaperText paper = paper(7, "2401.00007", "Moving");
      index.put(List.of(at(paper, 3, 0, 0, 0)));
      index.put(List.of(at(paper, 0, 0, 0, 2)));

      assertThat(index.size()).isEqualTo(1);
      assertThat(index.vector(7))
          .hasValueSatisfying(v -> assertThat(v).containsExactly(0, 0, 0, 1));
      VectorIndex.Entry entry = index.entry(7).orElseThrow();
      assertThat(entry.arxivId()).isEqualTo(new ArxivId("2401.00007"));
      assertThat(entry.titleKey()).isEqualTo("moving");
      assertThat(index.vector(8)).isEmpty();
    }
  }

  @Test
  void missingOrStaleFindsPapersNeverEmbeddedAndThoseWhoseTextChanged() {
    try (VectorIndex index = VectorIndex.inMemory(DIM)) {
      PaperText same = new PaperText(1, null, "Same", "An abstract.");
      PaperText changed = new PaperText(2, null, "Changed", "Short.");
      index.put(List.of(at(same, 1, 0, 0, 0), at(changed, 0, 1, 0, 0)));

      PaperText fuller = new PaperText(2, null, "Changed", "Short. And now the full abstract.");
      PaperText fresh = new PaperText(3, null, "New", "");
      assertThat(index.missingOrStale(List.of(same, fuller, fresh))).containsExactly(fuller, fresh);
    }
  }

  @Test
  void vectorsSurviveClosingAndReopeningTheIndex(@TempDir Path dir) {
    try (VectorIndex index = VectorIndex.open(dir, DIM)) {
      index.put(List.of(at(paper(1, null, "Kept"), 0, 1, 0, 0)));
    }
    try (VectorIndex index = VectorIndex.open(dir, DIM)) {
      assertThat(index.nearest(new float[] {0, 1, 0, 0}, 1, NeighbourFilter.none()))
          .extracting(Neighbour::paperId)
          .containsExactly(1L);
    }
  }

  @Test
  void aVectorOfTheWrongDimensionOrWithoutDirectionIsRefusedNamingThePaper() {
    try (VectorIndex index = VectorIndex.inMemory(DIM)) {
      assertThatThrownBy(() -> index.put(List.of(at(paper(9, null, "Wide"), 1, 2, 3))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("paper 9")
          .hasMessageContaining("3 dim");
      assertThatThrownBy(() -> index.put(List.of(at(paper(9, null, "Zero"), 0, 0, 0, 0))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("paper 9")
          .hasMessageContaining("normalise");
      assertThatThrownBy(() -> index.nearest(new float[] {1, 0}, 5, NeighbourFilter.none()))
          .hasMessageContaining("2 dimensions");
    }
  }
}
