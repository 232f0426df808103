package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ArxivId;

class SimilarPapersTest {

  @Test
  void withTheRealModelTheNearestPapersAreThoseOfTheSameTopic() {
    Embedder model = RealModel.get();
    List<SixTopicCorpus.Entry> corpus = SixTopicCorpus.entries();
    try (VectorIndex index = VectorIndex.inMemory(model.dimension())) {
      new BackgroundEmbedder(model, index).embedNow(SixTopicCorpus.papers());
      SimilarPapers similar = new SimilarPapers(index, model);

      int relevant = 0;
      int returned = 0;
      for (SixTopicCorpus.Entry entry : corpus) {
        List<Neighbour> nearest = similar.to(entry.paper());
        assertThat(nearest).hasSize(SimilarPapers.COUNT);
        assertThat(nearest).extracting(Neighbour::paperId).doesNotContain(entry.paper().id());
        assertThat(nearest)
            .extracting(Neighbour::similarity)
            .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        relevant +=
            (int)
                nearest.stream()
                    .filter(n -> SixTopicCorpus.groupOf(n.paperId()).equals(entry.group()))
                    .count();
        returned += nearest.size();
      }
      // Each paper has five true neighbours (the rest of its group of six), so precision@5 can
      // reach 1.
      double precision = (double) relevant / returned;
      System.out.printf(
          "similar: precision@5 = %.3f (%d of %d neighbours share the paper's topic, %d papers)%n",
          precision, relevant, returned, corpus.size());
      assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }
  }

  @Test
  void neitherThePaperNorAnotherVersionOfItIsSimilarToItself() {
    WordHashEmbedder model = new WordHashEmbedder(64);
    try (VectorIndex index = VectorIndex.inMemory(64)) {
      PaperText paper =
          new PaperText(
              1,
              new ArxivId("2402.00001"),
              "Sparse attention for long documents",
              "Sliding windows of attention.");
      List<PaperText> papers =
          List.of(
              paper,
              new PaperText(
                  2,
                  new ArxivId("2402.00001"),
                  "Sparse attention for long documents (v2)",
                  "Sliding windows of attention, revised."),
              new PaperText(
                  3, null, "Sparse Attention for Long-Documents", "Sliding windows of attention."),
              new PaperText(
                  4, null, "Sparse attention for images", "Windows of attention over pixels."),
              new PaperText(5, null, "Protein folding", "Residues in space."));
      new BackgroundEmbedder(model, index).embedNow(papers);

      List<Neighbour> nearest = new SimilarPapers(index, model).to(paper);

      assertThat(nearest).extracting(Neighbour::paperId).containsExactly(4L, 5L);
      assertThat(new SimilarPapers(index, model).toEmbedded(1)).hasValue(nearest);
      assertThat(new SimilarPapers(index, model).toEmbedded(99)).isEmpty();
    }
  }

  @Test
  void aPaperNotYetEmbeddedIsEmbeddedOnTheSpot() {
    WordHashEmbedder model = new WordHashEmbedder(64);
    try (VectorIndex index = VectorIndex.inMemory(64)) {
      new BackgroundEmbedder(model, index)
          .embedNow(
              List.of(
                  new PaperText(1, null, "Graph attention networks", "Nodes attend to neighbours."),
                  new PaperText(2, null, "Speech recognition", "Audio to text.")));

      List<Neighbour> nearest =
          new SimilarPapers(index, model)
              .to(
                  new PaperText(3, null, "Graph networks with attention", "Neighbours and nodes."),
                  1);

      assertThat(nearest).extracting(Neighbour::paperId).containsExactly(1L);
      assertThat(index.vector(3)).isEmpty();
    }
  }
}
