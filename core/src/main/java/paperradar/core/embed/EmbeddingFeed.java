package paperradar.core.embed;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.store.Change;
import paperradar.core.store.ChangeFeed;

/**
 * Feeds the {@link BackgroundEmbedder} from the store's change feed, as the search index catches
 * up: from the vector index's recorded position, in batches, on a thread of its own, so that
 * neither ingest nor a command ever waits for the model. A batch's papers are queued (those whose
 * vector is up to date are skipped), and once the embedder has done them the position moves past
 * the batch in the vector index's commit: after a restart, embedding resumes where it stopped.
 *
 * <p>{@link #wake} asks for a catch-up (after an ingest, on a notification, periodically); wakes
 * while one runs are folded into one more run.
 */
public final class EmbeddingFeed implements AutoCloseable {

  /** Changes read per step: the position is recorded after each. */
  static final int BATCH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingFeed.class);

  private final ChangeFeed feed;
  private final VectorIndex index;
  private final BackgroundEmbedder embedder;
  private final Object lock = new Object();
  private boolean wanted;
  private boolean running;
  private volatile boolean closing;
  private @Nullable Thread thread;

  public EmbeddingFeed(ChangeFeed feed, VectorIndex index, BackgroundEmbedder embedder) {
    this.feed = feed;
    this.index = index;
    this.embedder = embedder;
  }

  /** Starts the catch-up thread and asks for a first catch-up. */
  public EmbeddingFeed start() {
    synchronized (lock) {
      if (thread == null) {
        thread = Thread.ofPlatform().name("embedding-feed").daemon().start(this::loop);
      }
    }
    wake();
    return this;
  }

  /** Asks for a catch-up; returns at once. */
  public void wake() {
    synchronized (lock) {
      wanted = true;
      lock.notifyAll();
    }
  }

  /**
   * How many change numbers the vectors are behind the store (numbers, not papers: a paper whose
   * vector was already up to date counts until its batch is done).
   */
  public long lag() {
    return Math.max(0, feed.lastSequence() - index.appliedSequence());
  }

  /**
   * Waits until every change stored before the call is embedded; false when the timeout passed
   * first. For tests and benchmarks.
   */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    long target = feed.lastSequence();
    long deadline = System.nanoTime() + timeout.toNanos();
    wake();
    synchronized (lock) {
      while (index.appliedSequence() < target || running || wanted) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  private void loop() {
    while (!closing) {
      synchronized (lock) {
        while (!wanted && !closing) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        wanted = false;
        running = true;
      }
      try {
        catchUp();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warn("embedding catch-up failed; it is tried again at the next change", e);
      } finally {
        synchronized (lock) {
          running = false;
          lock.notifyAll();
        }
      }
    }
  }

  /** Queues the changes after the recorded position, a batch at a time, each once embedded. */
  private void catchUp() throws InterruptedException {
    while (!closing) {
      List<Change> changes = feed.changesAfter(index.appliedSequence(), BATCH);
      if (changes.isEmpty()) {
        return;
      }
      embedder.embedMissing(changes.stream().map(change -> PaperText.of(change.paper())).toList());
      while (!embedder.awaitIdle(Duration.ofSeconds(1))) {
        if (closing) {
          return;
        }
      }
      index.recordApplied(changes.getLast().sequence());
      synchronized (lock) {
        lock.notifyAll();
      }
    }
  }

  /** Stops the thread after its current step; the position recorded so far is kept. */
  @Override
  public void close() {
    closing = true;
    Thread started;
    synchronized (lock) {
      lock.notifyAll();
      started = thread;
    }
    if (started != null) {
      try {
        started.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
