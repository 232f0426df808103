package paperradar.bot.slack;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** This process's memory of accepted signatures: a map pruned of expired entries as it is used. */
final class RecentSignatures implements SeenSignatures {

  /** Prune once in so many sightings: often enough to stay small, rarely enough to cost nothing. */
  private static final int PRUNE_EVERY = 256;

  private final ConcurrentHashMap<String, Instant> expiries = new ConcurrentHashMap<>();
  private final AtomicLong sightings = new AtomicLong();

  @Override
  public boolean firstSighting(String signature, Instant now, Instant expiresAt) {
    if (sightings.incrementAndGet() % PRUNE_EVERY == 0) {
      expiries.values().removeIf(expiry -> !expiry.isAfter(now));
    }
    boolean[] first = {false};
    expiries.compute(
        signature,
        (key, expiry) -> {
          if (expiry == null || !expiry.isAfter(now)) {
            first[0] = true;
            return expiresAt;
          }
          return expiry;
        });
    return first[0];
  }

  int size() {
    return expiries.size();
  }
}
