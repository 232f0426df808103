package paperradar.bot.discord;

import java.time.Duration;

/**
 * Spaces requests evenly at a rate, across every thread that sends. Discord allows a bot 50
 * requests a second in all; JDA waits out a 429 once it gets one, but only a bot that paces itself
 * never gets the run of 429s that Discord answers a burst with (and that can end in a temporary
 * ban).
 */
final class RequestPacer {

  private final long intervalNanos;
  private long next;

  RequestPacer(int perSecond) {
    if (perSecond < 1) {
      throw new IllegalArgumentException(
          "a pace needs at least one request a second, not " + perSecond);
    }
    this.intervalNanos = Duration.ofSeconds(1).toNanos() / perSecond;
    this.next = System.nanoTime();
  }

  /** Blocks until this request's turn. */
  void await() throws InterruptedException {
    long turn;
    synchronized (this) {
      long now = System.nanoTime();
      turn = Math.max(now, next);
      next = turn + intervalNanos;
    }
    long wait = turn - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }
}
