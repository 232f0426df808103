package paperradar.core.embed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import paperradar.core.store.ChangeFeed;
import paperradar.core.subscribe.TopicStore;

/**
 * The embeddings of a running core, or their absence: the vector index, the background embedder
 * that the store's change feed feeds, the matching of semantic topics on each new vector, and what
 * commands and the digest read ({@code /papers similar}, "For you").
 *
 * <p>Nothing is embedded until {@link #start}: a long-running process (the bot) starts it; a
 * one-off command only reads the vectors already there. The model is loaded in the background when
 * {@link #start} runs, so neither the start nor a command waits for it.
 */
public final class Embeddings implements AutoCloseable {

  private final @Nullable VectorIndex index;
  private final @Nullable Embedder embedder;
  private final @Nullable BackgroundEmbedder background;
  private final @Nullable EmbeddingFeed feed;
  private boolean started;

  private Embeddings(
      @Nullable VectorIndex index,
      @Nullable Embedder embedder,
      @Nullable BackgroundEmbedder background,
      @Nullable EmbeddingFeed feed) {
    this.index = index;
    this.embedder = embedder;
    this.background = background;
    this.feed = feed;
  }

  /** No embeddings: {@code similar}, semantic topics and "For you" say they are off. */
  public static Embeddings off() {
    return new Embeddings(null, null, null, null);
  }

  /**
   * Embeddings made by {@code embedder} into {@code index}, fed by {@code changes}; each new vector
   * is matched against the semantic topics of {@code topics}.
   */
  public static Embeddings on(
      Embedder embedder, VectorIndex index, ChangeFeed changes, TopicStore topics, Clock clock) {
    BackgroundEmbedder background = new BackgroundEmbedder(embedder, index);
    SemanticTopicMatcher matcher = new SemanticTopicMatcher(topics, embedder, clock);
    background.onVectors(matcher::match);
    return new Embeddings(
        index, embedder, background, new EmbeddingFeed(changes, index, background));
  }

  public boolean enabled() {
    return index != null;
  }

  /** The vector index; throws when embeddings are off. */
  public VectorIndex vectors() {
    if (index == null) {
      throw new IllegalStateException("embeddings are off");
    }
    return index;
  }

  /**
   * Starts loading the model (when it loads lazily), the embedding thread and the feed's catch-up.
   */
  public synchronized void start() {
    if (started || background == null || feed == null) {
      return;
    }
    started = true;
    if (embedder instanceof LazyEmbedder lazy) {
      lazy.startLoading();
    }
    background.start();
    feed.start();
  }

  /** Asks the feed to catch up (after an ingest, say); nothing when not started. */
  public synchronized void wake() {
    if (started && feed != null) {
      feed.wake();
    }
  }

  /** Whether the model is loaded (a stub is always ready). */
  public boolean modelReady() {
    return embedder != null && (!(embedder instanceof LazyEmbedder lazy) || lazy.isReady());
  }

  /** How many change numbers the vectors are behind the store; 0 when off. */
  public long lag() {
    return feed == null ? 0 : feed.lag();
  }

  /**
   * Waits until every paper stored before the call has its vector (starting the embedding if it was
   * not); false when the timeout passed first. For tests and benchmarks.
   */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    if (feed == null) {
      return true;
    }
    start();
    return feed.awaitCaughtUp(timeout);
  }

  /**
   * The {@value SimilarPapers#COUNT} papers nearest to an embedded paper, best first, without its
   * other versions; empty when the paper has no vector yet.
   */
  public Optional<List<Neighbour>> similarTo(long paperId) {
    return new SimilarPapers(vectors(), embedderOrFail()).toEmbedded(paperId);
  }

  private Embedder embedderOrFail() {
    if (embedder == null) {
      throw new IllegalStateException("embeddings are off");
    }
    return embedder;
  }

  @Override
  public void close() {
    try {
      if (feed != null) {
        feed.close();
      }
      if (background != null) {
        background.close();
      }
      if (embedder instanceof LazyEmbedder lazy) {
        lazy.close();
      }
    } finally {
      if (index != null) {
        index.close();
      }
    }
  }
}
