package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchSort;

class SemanticTopicTest {

  private static final String TOPIC = "~\"efficient long-context attention\"";

  /** About the topic, without one of its words (nor a word sharing a stem with one). */
  private static final PaperText PARAPHRASE =
      new PaperText(
          1,
          null,
          "Scaling Transformers to Million-Token Sequences",
          "We approximate the softmax token-mixing layer with a linear-time kernel, so that language models read "
              + "entire books in a single pass with a fraction of the memory.");

  private static final PaperText UNRELATED =
      new PaperText(
          2,
          null,
          "Predicting Protein Structure from Sequence",
          "A deep network reads a multiple sequence alignment and predicts the coordinates of every residue.");

  @Test
  void aSemanticTopicMatchesAParaphraseThatNoKeywordOfItMatches() {
    Embedder model = RealModel.get();
    SemanticTopic topic = SemanticTopic.of(TOPIC, model);

    double paraphrase = topic.similarity(model.embed(PARAPHRASE.text()));
    double unrelated = topic.similarity(model.embed(UNRELATED.text()));
    System.out.printf(
        "%s: paraphrase %.3f, unrelated %.3f, threshold %.2f%n",
        topic, paraphrase, unrelated, SemanticTopic.THRESHOLD);

    assertThat(topic.matches(model.embed(PARAPHRASE.text()))).isTrue();
    assertThat(topic.matches(model.embed(UNRELATED.text()))).isFalse();
    // The keyword search (the language of keyword topics) finds the paraphrase by none of the
    // topic's words.
    try (PaperIndex keywords = PaperIndex.inMemory()) {
      keywords.rebuild(
          List.of(
              new Paper(
                  1,
                  null,
                  PARAPHRASE.title(),
                  List.of(),
                  null,
                  null,
                  PARAPHRASE.abstractText(),
                  null,
                  Map.of(),
                  Set.of(PaperSource.FEED),
                  Instant.parse("2026-11-01T00:00:00Z"))));
      for (String word : List.of("efficient", "long", "context", "attention", "long-context")) {
        assertThat(
                keywords.search(new SearchRequest(word, 10, 0, SearchSort.RELEVANCE)).totalHits())
            .as(word)
            .isZero();
      }
    }
  }

  @Test
  void matchingPapersKeepsThoseAboveTheThresholdAmongTheFilteredOnes() {
    WordHashEmbedder model = new WordHashEmbedder(64);
    try (VectorIndex index = VectorIndex.inMemory(64)) {
      new BackgroundEmbedder(model, index)
          .embedNow(
              List.of(
                  new PaperText(1, null, "graph attention", ""),
                  new PaperText(2, null, "graph attention networks for molecules", ""),
                  new PaperText(3, null, "speech recognition", "")));
      SemanticTopic topic = SemanticTopic.of("~graph attention", model);

      assertThat(topic.matchingPapers(index, NeighbourFilter.none(), 10))
          .extracting(Neighbour::paperId)
          .containsExactly(1L, 2L);
      assertThat(topic.matchingPapers(index, NeighbourFilter.none().excludingIds(Set.of(1L)), 10))
          .extracting(Neighbour::paperId)
          .containsExactly(2L);
    }
  }

  @Test
  void theTypedFormIsReadWithOrWithoutQuotes() {
    assertThat(SemanticTopic.isSemantic(" ~\"x\"")).isTrue();
    assertThat(SemanticTopic.isSemantic("attention")).isFalse();
    assertThat(SemanticTopic.phraseOf("~\"efficient   long-context attention\""))
        .isEqualTo("efficient long-context attention");
    assertThat(SemanticTopic.phraseOf("~ efficient attention")).isEqualTo("efficient attention");
    assertThat(SemanticTopic.of("~ efficient attention", new WordHashEmbedder(8)).typed())
        .isEqualTo("~\"efficient attention\"");
  }

  @Test
  void aTopicWithoutWordsOrWithAStrayQuoteIsRefusedQuotingIt() {
    assertThatThrownBy(() -> SemanticTopic.phraseOf("~\"\""))
        .hasMessageContaining("~\"\"")
        .hasMessageContaining("no words");
    assertThatThrownBy(() -> SemanticTopic.phraseOf("~  ")).hasMessageContaining("no words");
    assertThatThrownBy(() -> SemanticTopic.phraseOf("~\"open"))
        .hasMessageContaining("unbalanced quote")
        .hasMessageContaining("~\"open");
    assertThatThrownBy(() -> SemanticTopic.phraseOf("attention"))
        .hasMessageContaining("starts with ~");
  }
}
