package paperradar.core.embed;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedder whose model is loaded in the background: all-MiniLM-L6-v2 takes about 12 s to load,
 * which must delay neither the bot's start nor a command. {@link #startLoading} begins the load on
 * a thread of its own; {@link #embed} waits for it (only the background embedder calls it), and
 * {@link #isReady} tells a command whether the model is there yet.
 */
public final class LazyEmbedder implements Embedder, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LazyEmbedder.class);

  private final Supplier<? extends Embedder> loader;
  private final int dimension;
  private final CompletableFuture<Embedder> model = new CompletableFuture<>();
  private boolean started;

  /**
   * @param loader loads the model (slowly)
   * @param dimension the length of the vectors the model will make, known before it is loaded
   */
  public LazyEmbedder(Supplier<? extends Embedder> loader, int dimension) {
    this.loader = loader;
    this.dimension = dimension;
  }

  /** all-MiniLM-L6-v2, loaded on the first {@link #startLoading}. */
  public static LazyEmbedder miniLm() {
    return new LazyEmbedder(MiniLmEmbedder::load, MiniLmEmbedder.DIMENSION);
  }

  /** Starts loading the model on a daemon thread, once; returns at once. */
  public synchronized LazyEmbedder startLoading() {
    if (!started) {
      started = true;
      Thread.ofPlatform().name("embedding-model-load").daemon().start(this::load);
    }
    return this;
  }

  private void load() {
    long start = System.nanoTime();
    try {
      Embedder loaded = loader.get();
      if (loaded.dimension() != dimension) {
        throw new IllegalStateException(
            "the model makes vectors of " + loaded.dimension() + " dimensions, not " + dimension);
      }
      model.complete(loaded);
      LOG.info("embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException | LinkageError e) {
      LOG.error("the embedding model cannot be loaded; papers are not embedded", e);
      model.completeExceptionally(e);
    }
  }

  /** Whether the model is loaded and embeds without waiting. */
  public boolean isReady() {
    return model.isDone() && !model.isCompletedExceptionally();
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** Embeds once the model is loaded, waiting for it (and starting its load if nobody did). */
  @Override
  public List<float[]> embed(List<String> texts) {
    startLoading();
    Embedder loaded;
    try {
      loaded = model.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddingException("interrupted while the embedding model was loading", e);
    } catch (ExecutionException e) {
      throw new EmbeddingException("the embedding model could not be loaded: " + e.getCause(), e);
    }
    return loaded.embed(texts);
  }

  @Override
  public void close() {
    if (model.isDone() && !model.isCompletedExceptionally()) {
      if (model.join() instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          LOG.debug("closing the embedding model failed", e);
        }
      }
    }
  }
}
