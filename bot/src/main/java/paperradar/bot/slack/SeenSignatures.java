package paperradar.bot.slack;

import java.time.Instant;

/**
 * Remembers the signatures of accepted Slack requests until they expire, so that each runs only
 * once.
 */
interface SeenSignatures {

  /**
   * Records the signature unless it is already recorded and unexpired.
   *
   * @return true the first time, false for a replay
   */
  boolean firstSighting(String signature, Instant now, Instant expiresAt);
}
