package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;

class BackgroundEmbedderTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private static List<PaperText> papers(int count) {
    List<PaperText> papers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      papers.add(new PaperText(i, null, "Paper " + i, "About subject" + i + " and more."));
    }
    return papers;
  }

  @Test
  void submittedPapersAreEmbeddedInBatchesOnItsOwnThread() throws InterruptedException {
    WordHashEmbedder model = new WordHashEmbedder(32);
    try (VectorIndex index = VectorIndex.inMemory(32);
        BackgroundEmbedder embedder = new BackgroundEmbedder(model, index, 10, 1_000)) {
      // Handed over before the thread starts: submit returns without any embedding done.
      assertThat(embedder.submit(papers(25))).isEqualTo(25);
      assertThat(model.texts()).isZero();

      embedder.start();
      assertThat(embedder.awaitIdle(WAIT)).isTrue();

      assertThat(index.size()).isEqualTo(25);
      assertThat(model.batches()).isEqualTo(3);
      assertThat(embedder.stats().embedded()).isEqualTo(25);
    }
  }

  @Test
  void aPaperUpToDateCostsNoModelTimeAndOneWithAFullerAbstractIsEmbeddedAgain()
      throws InterruptedException {
    WordHashEmbedder model = new WordHashEmbedder(32);
    try (VectorIndex index = VectorIndex.inMemory(32);
        BackgroundEmbedder embedder = new BackgroundEmbedder(model, index, 10, 1_000).start()) {
      embedder.submit(papers(5));
      assertThat(embedder.awaitIdle(WAIT)).isTrue();
      float[] before = index.vector(3).orElseThrow();

      List<PaperText> again = new ArrayList<>(papers(5));
      again.set(
          2,
          new PaperText(
              3, null, "Paper 3", "About subject3 and more. Now with a longer abstract."));
      embedder.submit(again);
      assertThat(embedder.awaitIdle(WAIT)).isTrue();

      assertThat(model.texts()).isEqualTo(6);
      assertThat(embedder.stats().upToDate()).isEqualTo(4);
      assertThat(index.vector(3).orElseThrow()).isNotEqualTo(before);
    }
  }

  @Test
  void embedMissingQueuesOnlyPapersWithoutAVector() throws InterruptedException {
    WordHashEmbedder model = new WordHashEmbedder(32);
    try (VectorIndex index = VectorIndex.inMemory(32);
        BackgroundEmbedder embedder = new BackgroundEmbedder(model, index, 10, 1_000).start()) {
      embedder.embedNow(papers(4));

      assertThat(embedder.embedMissing(papers(10))).isEqualTo(6);
      assertThat(embedder.awaitIdle(WAIT)).isTrue();
      assertThat(index.size()).isEqualTo(10);
      assertThat(model.texts()).isEqualTo(10);
    }
  }

  @Test
  void aTextTheModelFailsOnCostsOnlyItselfNotItsBatch() throws InterruptedException {
    WordHashEmbedder model = new WordHashEmbedder(32, "poison");
    try (VectorIndex index = VectorIndex.inMemory(32);
        BackgroundEmbedder embedder = new BackgroundEmbedder(model, index, 10, 1_000).start()) {
      List<PaperText> batch = new ArrayList<>(papers(5));
      batch.add(new PaperText(6, null, "A poison title", ""));
      embedder.submit(batch);
      assertThat(embedder.awaitIdle(WAIT)).isTrue();

      assertThat(index.size()).isEqualTo(5);
      assertThat(index.vector(6)).isEmpty();
      assertThat(embedder.stats().failed()).isEqualTo(1);
    }
  }

  @Test
  void whenTheQueueIsFullPapersAreDroppedAndCountedNeverWaitedFor() throws InterruptedException {
    WordHashEmbedder model = new WordHashEmbedder(32);
    try (VectorIndex index = VectorIndex.inMemory(32);
        BackgroundEmbedder embedder = new BackgroundEmbedder(model, index, 10, 3)) {
      assertThat(embedder.submit(papers(5))).isEqualTo(3);
      assertThat(embedder.stats().dropped()).isEqualTo(2);

      embedder.start();
      assertThat(embedder.awaitIdle(WAIT)).isTrue();
      assertThat(embedder.embedMissing(papers(5))).isEqualTo(2);
      assertThat(embedder.awaitIdle(WAIT)).isTrue();
      assertThat(index.size()).isEqualTo(5);
    }
  }

  @Test
  void asAnIngestListenerItQueuesTheChangedPapers() throws InterruptedException {
    WordHashEmbedder model = new WordHashEmbedder(32);
    try (VectorIndex index = VectorIndex.inMemory(32);
        BackgroundEmbedder embedder = new BackgroundEmbedder(model, index, 10, 1_000).start()) {
      Paper paper =
          new Paper(
              42,
              null,
              "Listened",
              List.of(),
              null,
              null,
              "An abstract.",
              null,
              Map.of(),
              Set.of(PaperSource.FEED),
              Instant.parse("2026-11-01T00:00:00Z"));
      embedder.papersChanged(List.of(paper), List.of(42L));
      assertThat(embedder.awaitIdle(WAIT)).isTrue();
      assertThat(index.vector(42)).isPresent();
    }
  }
}
