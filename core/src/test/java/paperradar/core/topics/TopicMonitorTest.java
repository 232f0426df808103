package paperradar.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.search.QueryException;

class TopicMonitorTest {

  private final TopicMonitor matcher = TopicMonitor.inMemory();

  private static Paper paper(long id, String title, String abstractText, String... authors) {
    return new Paper(
        id,
        null,
        title,
        List.of(authors),
        null,
        null,
        abstractText,
        LocalDate.of(2026, 11, 20),
        Map.of(),
        Set.of(PaperSource.FEED),
        Instant.parse("2026-11-22T00:00:00Z"));
  }

  private static final List<Paper> PAPERS =
      List.of(
          paper(1, "Pointer Networks", "Attention as a pointer.", "Oriol Vinyals"),
          paper(2, "Video Diffusion Models", "Diffusion for video.", "Jonathan Ho"),
          paper(3, "Image Diffusion", "Denoising images step by step.", "Mislav Balunović"),
          paper(4, "Networks of Pointers", "Linked lists, networked.", "Nobody"));

  @AfterEach
  void close() {
    matcher.close();
  }

  @Test
  void wordsPhrasesAuthorsAndBooleans() {
    matcher.registerAll(
        Map.of(
            10L, "diffusion",
            11L, "\"pointer networks\"",
            12L, "author:balunovic",
            13L, "diffusion AND NOT video",
            14L, "denois*"));

    assertThat(matcher.match(PAPERS))
        .isEqualTo(
            Map.of(
                1L, Set.of(11L),
                2L, Set.of(10L),
                3L, Set.of(10L, 12L, 13L, 14L)));
    assertThat(matcher.topicCount()).isEqualTo(5);
  }

  @Test
  void aPhraseMatchesASinglePaperAsItMatchesOneOfABatch() {
    // One paper is matched in Lucene's MemoryIndex, a batch in an index of its own; the title's
    // word pairs are counted twice in the second and once in the first.
    matcher.register(15, "\"pointer networks\"");

    assertThat(matcher.match(List.of(PAPERS.get(0)))).isEqualTo(Map.of(1L, Set.of(15L)));
    assertThat(matcher.match(List.of(PAPERS.get(3)))).isEmpty();
    assertThat(matcher.match(PAPERS)).isEqualTo(Map.of(1L, Set.of(15L)));
  }

  @Test
  void stemmingAndFoldingMatchAsSearchDoes() {
    matcher.register(20, "networked pointer");

    assertThat(matcher.match(PAPERS)).containsOnlyKeys(1L, 4L);
  }

  @Test
  void anUnregisteredTopicMatchesNothing() {
    matcher.register(30, "diffusion");
    matcher.unregister(30);

    assertThat(matcher.match(PAPERS)).isEmpty();
    assertThat(matcher.topicCount()).isZero();
  }

  @Test
  void aBadTopicIsRefusedAndRegistersNothing() {
    assertThatThrownBy(() -> matcher.registerAll(Map.of(40L, "diffusion", 41L, "\"open")))
        .isInstanceOf(QueryException.class);
    assertThat(matcher.topicCount()).isZero();
  }

  @Test
  void manyPapersAreMatchedInBatches() {
    matcher.register(50, "sheep");
    List<Paper> many = new java.util.ArrayList<>();
    for (long id = 1; id <= 250; id++) {
      many.add(paper(id, id % 2 == 0 ? "Counting Sheep " + id : "Counting Goats " + id, ""));
    }

    assertThat(matcher.match(many))
        .hasSize(125)
        .allSatisfy((id, topics) -> assertThat(id % 2).isZero());
  }
}
