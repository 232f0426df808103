package paperradar.core.embed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.PaperListener;

/**
 * Embeds papers on a thread of its own, in batches, and writes their vectors to the {@link
 * VectorIndex}: whoever hands papers over never waits for the model.
 *
 * <p>Papers come in by {@link #submit} (for example from the store's change feed, or as a {@link
 * PaperListener} of ingest) or by {@link #embedMissing} (a backfill over the whole store at start).
 * A paper handed over again before its turn is embedded once, with its latest text; a paper whose
 * vector was already made from the same title and abstract is skipped, so a change of signals alone
 * costs no model time. When more than {@code capacity} papers wait, the newest are dropped and
 * counted: the next {@link #embedMissing} over the store picks them up. A batch the model fails on
 * is retried paper by paper, so that one bad text does not cost its batch; a paper that fails alone
 * is counted and logged.
 */
public final class BackgroundEmbedder implements PaperListener, AutoCloseable {

  /** Papers a batch holds at most: enough to keep both cores busy, few enough to index often. */
  public static final int DEFAULT_BATCH_SIZE = 32;

  /** Papers that may wait at most; about 200 bytes each. */
  public static final int DEFAULT_CAPACITY = 200_000;

  /** Put in the queue by {@link #close} to wake the thread; no paper has this id. */
  private static final Long STOP = Long.MIN_VALUE;

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundEmbedder.class);

  private final Embedder embedder;
  private final VectorIndex index;
  private final int batchSize;
  private final int capacity;

  /**
   * Unbounded: the capacity is kept by {@link #outstanding}, so that {@link #close} can always wake
   * it.
   */
  private final LinkedBlockingQueue<Long> queue = new LinkedBlockingQueue<>();

  /**
   * The latest text of each queued paper: a paper handed over twice is embedded once, as it is now.
   */
  private final Map<Long, PaperText> waiting = new ConcurrentHashMap<>();

  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong upToDate = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();

  /** Papers queued and not yet done; guarded by {@link #lock}. */
  private long outstanding;

  private final Thread worker;
  private volatile boolean closing;

  /** Told of every batch of vectors written (semantic topic matching). */
  private final List<Consumer<List<PaperVector>>> vectorListeners = new CopyOnWriteArrayList<>();

  /** What the embedder has done since it started. */
  public record Stats(long embedded, long upToDate, long failed, long dropped, int waiting) {}

  public BackgroundEmbedder(Embedder embedder, VectorIndex index) {
    this(embedder, index, DEFAULT_BATCH_SIZE, DEFAULT_CAPACITY);
  }

  public BackgroundEmbedder(Embedder embedder, VectorIndex index, int batchSize, int capacity) {
    if (embedder.dimension() != index.dimension()) {
      throw new IllegalArgumentException(
          "the embedder makes vectors of "
              + embedder.dimension()
              + " dimensions; the vector index holds "
              + index.dimension());
    }
    if (batchSize < 1 || capacity < 1) {
      throw new IllegalArgumentException(
          "batch size and capacity must be at least 1, were " + batchSize + " and " + capacity);
    }
    this.embedder = embedder;
    this.index = index;
    this.batchSize = batchSize;
    this.capacity = capacity;
    this.worker = Thread.ofPlatform().name("embedder").daemon().unstarted(this::work);
  }

  /**
   * Calls {@code listener} with every batch of vectors written to the index, on the embedding
   * thread, after they are searchable. A listener that throws is logged; the vectors stay written.
   */
  public BackgroundEmbedder onVectors(Consumer<List<PaperVector>> listener) {
    vectorListeners.add(listener);
    return this;
  }

  /** Starts the thread that embeds; papers handed over before wait for it. */
  public BackgroundEmbedder start() {
    worker.start();
    return this;
  }

  /**
   * Queues these papers to be embedded, and returns at once. Those whose vector is already up to
   * date are skipped when their turn comes. Returns how many were queued (not already waiting, not
   * dropped).
   */
  public int submit(Collection<PaperText> papers) {
    int queued = 0;
    for (PaperText paper : papers) {
      if (closing) {
        break;
      }
      if (waiting.put(paper.id(), paper) != null) {
        continue;
      }
      lock.lock();
      try {
        if (outstanding < capacity) {
          queue.add(paper.id());
          outstanding++;
          queued++;
        } else {
          waiting.remove(paper.id(), paper);
          dropped.incrementAndGet();
        }
      } finally {
        lock.unlock();
      }
    }
    return queued;
  }

  /**
   * Queues those of these papers that have no vector yet, or one made from another title or
   * abstract (looked up in the index here, on the caller's thread). Returns how many were queued.
   * Meant for the store's change feed or a backfill over all papers at start.
   */
  public int embedMissing(Collection<PaperText> papers) {
    return submit(index.missingOrStale(papers));
  }

  /**
   * Ingest's hook: the papers an ingest touched are queued; only those whose text changed cost
   * model time.
   */
  @Override
  public void papersChanged(List<Paper> changed, List<Long> newPaperIds) {
    submit(changed.stream().map(PaperText::of).toList());
  }

  /**
   * Embeds these papers now, on the caller's thread, in batches, skipping those already up to date,
   * and returns how many were embedded. For tests, benchmarks and a one-off backfill.
   */
  public int embedNow(Collection<PaperText> papers) {
    List<PaperText> all = List.copyOf(papers);
    int done = 0;
    for (int from = 0; from < all.size(); from += batchSize) {
      done += embedBatch(all.subList(from, Math.min(all.size(), from + batchSize)));
    }
    return done;
  }

  /** Waits until every queued paper is done (or dropped); false if the timeout passed first. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (outstanding > 0) {
        if (nanos <= 0) {
          return false;
        }
        nanos = idle.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  public Stats stats() {
    return new Stats(embedded.get(), upToDate.get(), failed.get(), dropped.get(), queue.size());
  }

  private void work() {
    List<Long> ids = new ArrayList<>(batchSize);
    while (!closing) {
      try {
        Long first = queue.take();
        if (STOP.equals(first)) {
          return;
        }
        ids.add(first);
        queue.drainTo(ids, batchSize - 1);
        if (ids.remove(STOP)) {
          closing = true;
        }
        List<PaperText> batch = new ArrayList<>(ids.size());
        for (Long id : ids) {
          PaperText paper = waiting.remove(id);
          if (paper != null) {
            batch.add(paper);
          }
        }
        embedBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The index failed (a full disk, say): the batch is lost; the next backfill finds it
        // missing.
        failed.addAndGet(ids.size());
        LOG.warn(
            "writing the vectors of {} papers failed; they are embedded again at the next backfill",
            ids.size(),
            e);
      } finally {
        done(ids.size());
        ids.clear();
      }
    }
  }

  private void done(int papers) {
    lock.lock();
    try {
      outstanding -= papers;
      if (outstanding <= 0) {
        outstanding = 0;
        idle.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Embeds those of the batch not up to date, and writes their vectors; returns how many were
   * embedded.
   */
  private int embedBatch(List<PaperText> batch) {
    List<PaperText> wanted = index.missingOrStale(batch);
    upToDate.addAndGet(batch.size() - wanted.size());
    if (wanted.isEmpty()) {
      return 0;
    }
    List<PaperVector> vectors = new ArrayList<>(wanted.size());
    try {
      List<float[]> made = embedder.embed(wanted.stream().map(PaperText::text).toList());
      for (int i = 0; i < wanted.size(); i++) {
        vectors.add(new PaperVector(wanted.get(i), made.get(i)));
      }
    } catch (RuntimeException batchFailed) {
      LOG.debug(
          "a batch of {} papers failed; embedding them one by one", wanted.size(), batchFailed);
      for (PaperText paper : wanted) {
        try {
          vectors.add(new PaperVector(paper, embedder.embed(paper.text())));
        } catch (RuntimeException e) {
          failed.incrementAndGet();
          LOG.warn("cannot embed paper {} (\"{}\"): {}", paper.id(), paper.title(), e.getMessage());
        }
      }
    }
    index.put(vectors);
    embedded.addAndGet(vectors.size());
    List<PaperVector> written = List.copyOf(vectors);
    for (Consumer<List<PaperVector>> listener : vectorListeners) {
      try {
        listener.accept(written);
      } catch (RuntimeException e) {
        LOG.warn("a listener of {} new vectors failed", written.size(), e);
      }
    }
    return vectors.size();
  }

  /**
   * Stops taking papers and stops the thread after its current batch; papers still waiting are left
   * to the next backfill. The thread is not interrupted: an interrupt inside a write would close
   * the index's files.
   */
  @Override
  public void close() {
    closing = true;
    queue.add(STOP);
    try {
      if (worker.isAlive()) {
        worker.join(Duration.ofSeconds(30));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
