package paperradar.bench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import paperradar.core.embed.BackgroundEmbedder;
import paperradar.core.embed.MiniLmEmbedder;
import paperradar.core.embed.PaperText;
import paperradar.core.embed.PaperVector;
import paperradar.core.embed.SimilarPapers;
import paperradar.core.embed.VectorIndex;
import paperradar.core.embed.Vectors;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.ArxivId;

/**
 * Embeddings: papers embedded per second by all-MiniLM-L6-v2 in the JVM (title and abstract of
 * generated papers, through the background embedder's batches into the vector index), and the
 * latency of {@code similar} on an HNSW index of many papers. The latency index holds random unit
 * vectors: HNSW's cost depends on the count and the dimension, not on what the vectors mean, and
 * embedding 100k papers would take most of an hour on two cores.
 */
public final class EmbedBench {

  private static final int WARM_UP_PAPERS = 32;
  private static final int PUT_CHUNK = 5_000;

  /**
   * Papers embedded per second, with the threads a batch was spread over and the model's load time.
   */
  public record Throughput(int papers, int threads, double loadSeconds, double papersPerSecond) {
    @Override
    public String toString() {
      return "%,d papers on %d threads: %,.1f papers/s (model loaded in %.1f s)"
          .formatted(papers, threads, papersPerSecond, loadSeconds);
    }
  }

  /** The latency of {@code similar} at a number of papers, and the time to build their index. */
  public record SimilarLatency(int papers, int queries, double indexSeconds, Percentiles latency) {
    @Override
    public String toString() {
      return "%,d papers (index built in %.0f s): p50 %.2f ms, p99 %.2f ms over %,d queries"
          .formatted(papers, indexSeconds, latency.p50Millis(), latency.p99Millis(), queries);
    }
  }

  /** Both measures of one run. */
  public record Result(Throughput throughput, SimilarLatency similar) {
    @Override
    public String toString() {
      return "embedding " + throughput + "; similar at " + similar;
    }
  }

  private EmbedBench() {}

  public static Result run(int embedPapers, int similarPapers, int similarQueries)
      throws IOException {
    return new Result(
        throughput(embedPapers, MiniLmEmbedder.DEFAULT_THREADS),
        similarLatency(similarPapers, similarQueries, 42));
  }

  /**
   * Embeds {@code papers} generated papers after a warm-up batch; the model's first load is timed
   * apart.
   */
  public static Throughput throughput(int papers, int threads) {
    long loadStart = System.nanoTime();
    try (MiniLmEmbedder model = MiniLmEmbedder.load(threads);
        VectorIndex index = VectorIndex.inMemory(model.dimension())) {
      BackgroundEmbedder embedder = new BackgroundEmbedder(model, index);
      model.embed("warm up the runtime");
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      List<PaperText> corpus =
          new CorpusGenerator(7)
              .papers(WARM_UP_PAPERS + papers).stream().map(PaperText::of).toList();
      embedder.embedNow(corpus.subList(0, WARM_UP_PAPERS));
      long start = System.nanoTime();
      int embedded = embedder.embedNow(corpus.subList(WARM_UP_PAPERS, corpus.size()));
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Throughput(embedded, threads, loadSeconds, embedded / seconds);
    }
  }

  /**
   * {@code similar} (the stored vector, then the nearest five without the paper's versions) for
   * random papers of an on-disk index of {@code papers} random unit vectors of MiniLM's dimension.
   */
  public static SimilarLatency similarLatency(int papers, int queries, long seed)
      throws IOException {
    Path dir = Files.createTempDirectory("paper-radar-embed-bench");
    Random random = new Random(seed);
    try (VectorIndex index = VectorIndex.open(dir, MiniLmEmbedder.DIMENSION)) {
      long start = System.nanoTime();
      for (int from = 1; from <= papers; from += PUT_CHUNK) {
        List<PaperVector> chunk = new ArrayList<>(PUT_CHUNK);
        for (int id = from; id < from + PUT_CHUNK && id <= papers; id++) {
          ArxivId arxivId = new ArxivId("%04d.%05d".formatted(1000 + id / 100_000, id % 100_000));
          chunk.add(
              new PaperVector(new PaperText(id, arxivId, "Paper " + id, ""), randomUnit(random)));
        }
        index.put(chunk);
      }
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      SimilarPapers similar = new SimilarPapers(index, null);
      for (int warm = 0; warm < Math.min(200, queries); warm++) {
        similar.toEmbedded(1 + random.nextInt(papers));
      }
      long[] nanos = new long[queries];
      for (int q = 0; q < queries; q++) {
        long id = 1 + random.nextInt(papers);
        long t0 = System.nanoTime();
        int found = similar.toEmbedded(id).orElseThrow().size();
        nanos[q] = System.nanoTime() - t0;
        if (found != SimilarPapers.COUNT) {
          throw new IllegalStateException("similar to paper " + id + " found " + found + " papers");
        }
      }
      return new SimilarLatency(papers, queries, indexSeconds, Percentiles.of(nanos));
    } finally {
      IngestBench.deleteTree(dir);
    }
  }

  private static float[] randomUnit(Random random) {
    float[] v = new float[MiniLmEmbedder.DIMENSION];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return Vectors.normalised(v);
  }
}
