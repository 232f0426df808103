package paperradar.core.embed;

import java.util.List;

/**
 * Turns texts into sentence embeddings of unit length, so that the cosine similarity of two texts
 * is the dot product of their vectors ({@link Vectors#dot}).
 *
 * <p>{@link MiniLmEmbedder} runs all-MiniLM-L6-v2 in the JVM; tests where the model is not the
 * point use a small deterministic fake. Implementations are safe to call from several threads.
 */
public interface Embedder {

  /** The length of every vector this embedder returns. */
  int dimension();

  /**
   * One unit vector for each text, in the order given: a batch is cheaper than the same texts one
   * by one. Throws {@link EmbeddingException} when the model fails.
   */
  List<float[]> embed(List<String> texts);

  /** The unit vector of one text. */
  default float[] embed(String text) {
    return embed(List.of(text)).getFirst();
  }
}
