package paperradar.core.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny deterministic stand-in for the model, for tests about plumbing: each word adds one to a
 * dimension chosen by its hash, so texts that share words are near and texts that share none are
 * orthogonal (or nearly). It can be told to fail on a word, as a model may fail on a text.
 */
public final class WordHashEmbedder implements Embedder {

  private final int dimension;
  private final String failOn;
  private final AtomicInteger texts = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();

  public WordHashEmbedder(int dimension) {
    this(dimension, null);
  }

  /** An embedder that throws on any batch holding a text with the word {@code failOn}. */
  public WordHashEmbedder(int dimension, String failOn) {
    this.dimension = dimension;
    this.failOn = failOn;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> embed(List<String> batch) {
    batches.incrementAndGet();
    List<float[]> vectors = new ArrayList<>();
    for (String text : batch) {
      float[] v = new float[dimension];
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.isEmpty()) {
          continue;
        }
        if (word.equals(failOn)) {
          throw new EmbeddingException("the fake model refuses the word " + failOn, null);
        }
        v[Math.floorMod(word.hashCode(), dimension)] += 1;
      }
      texts.incrementAndGet();
      vectors.add(Vectors.normalised(v));
    }
    return vectors;
  }

  /** Texts embedded so far. */
  public int texts() {
    return texts.get();
  }

  /** Calls to {@link #embed(List)} so far. */
  public int batches() {
    return batches.get();
  }
}
