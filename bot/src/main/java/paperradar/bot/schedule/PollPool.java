package paperradar.bot.schedule;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.poll.Source;
import paperradar.core.text.UrlRedaction;

/**
 * The polls' own small pool: a poll job hands its fetch here and returns, so Quartz's threads stay
 * free for digests however long a source takes (each fetch is bounded by {@code
 * fetch.deadlineSeconds} too). A source still being polled is not polled again, and when every
 * thread and queue slot is taken a poll is skipped: its next interval tries again.
 */
final class PollPool implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PollPool.class);

  /** Threads for polls: fetches wait on the network, not the CPU, and the sources are few. */
  static final int THREADS = 2;

  private static final int QUEUE = 64;

  private final Consumer<Source> poll;
  private final ThreadPoolExecutor executor;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  PollPool(Consumer<Source> poll) {
    this.poll = poll;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
              Thread thread = new Thread(runnable, "poll-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts polling {@code source} unless it is being polled already; returns at once. */
  void submit(Source source) {
    if (!inFlight.add(source.url())) {
      log.debug(
          "{} is still being polled; this turn is skipped", UrlRedaction.redact(source.url()));
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              poll.accept(source);
            } catch (RuntimeException e) {
              log.warn("polling {} failed", UrlRedaction.redact(source.url()), e);
            } finally {
              inFlight.remove(source.url());
            }
          });
    } catch (RejectedExecutionException e) {
      inFlight.remove(source.url());
      log.warn(
          "every poll thread is busy; {} is polled at its next interval",
          UrlRedaction.redact(source.url()));
    }
  }

  /**
   * Stops polling: running fetches are interrupted, since each would end at its deadline anyway.
   */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
