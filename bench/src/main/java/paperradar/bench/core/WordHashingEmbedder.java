package paperradar.bench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import paperradar.core.embed.Embedder;
import paperradar.core.embed.Vectors;

/**
 * A fast deterministic stand-in for the model, for benchmarks of what reads vectors: each word adds
 * one to a dimension chosen by its hash, so papers that share words are near.
 */
final class WordHashingEmbedder implements Embedder {

  private final int dimension;

  WordHashingEmbedder(int dimension) {
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      float[] vector = new float[dimension];
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          vector[Math.floorMod(word.hashCode(), dimension)] += 1;
        }
      }
      vector[0] += 1e-3f; // never the zero vector
      vectors.add(Vectors.normalised(vector));
    }
    return vectors;
  }
}
