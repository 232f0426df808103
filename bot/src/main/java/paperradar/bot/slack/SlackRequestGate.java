package paperradar.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides on a Slack request's raw bytes, before anything parses them, whether it may run: signed
 * with the signing secret, timestamped within five minutes of now in either direction, and never
 * seen before (in this process, and through the store in the whole cluster). A refusal is logged at
 * most once a minute.
 */
final class SlackRequestGate {

  private static final Logger log = LoggerFactory.getLogger(SlackRequestGate.class);

  /** Slack's window: a request stamped further from now, ahead or behind, is refused. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  /** What the gate says of one request. */
  sealed interface Verdict {
    /** The request may run. */
    record Pass() implements Verdict {}

    /**
     * The request is refused with this HTTP status; the reason is for the log, never for the
     * caller.
     */
    record Refused(int status, String reason) implements Verdict {}
  }

  private final byte[] signingSecret;
  private final List<SeenSignatures> seen;
  private final Clock clock;
  private final OncePerMinute refusals;

  /**
   * @param seen checked in order: this process's memory first, then the store's
   */
  SlackRequestGate(String signingSecret, List<SeenSignatures> seen, Clock clock) {
    this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
    this.seen = List.copyOf(seen);
    this.clock = clock;
    this.refusals = new OncePerMinute(log, clock);
  }

  Verdict check(
      @Nullable String timestampHeader,
      @Nullable String signatureHeader,
      byte[] body,
      String from) {
    Verdict verdict = decide(timestampHeader, signatureHeader, body);
    if (verdict instanceof Verdict.Refused refused) {
      refusals.warn(
          "slack: refused a request from "
              + from
              + " with "
              + refused.status()
              + ": "
              + refused.reason());
    }
    return verdict;
  }

  private Verdict decide(
      @Nullable String timestampHeader, @Nullable String signatureHeader, byte[] body) {
    if (timestampHeader == null || signatureHeader == null) {
      return new Verdict.Refused(
          401, "unsigned (no X-Slack-Request-Timestamp or X-Slack-Signature)");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader.strip());
    } catch (NumberFormatException e) {
      return new Verdict.Refused(401, "the timestamp is not a number");
    }
    Instant now = clock.instant();
    long skew = Math.abs(now.getEpochSecond() - timestamp);
    if (skew > WINDOW.toSeconds() || timestamp < 0) {
      return new Verdict.Refused(401, "the timestamp is more than 5 minutes from now");
    }
    String signature = signatureHeader.strip().toLowerCase(Locale.ROOT);
    if (!signature.matches("v0=[0-9a-f]{64}")) {
      return new Verdict.Refused(401, "the signature is not a v0 signature");
    }
    if (!MessageDigest.isEqual(
        expected(timestamp, body), signature.getBytes(StandardCharsets.US_ASCII))) {
      return new Verdict.Refused(401, "the signature does not match");
    }
    // Kept for the window on both sides of the request's own time: past that, the timestamp check
    // refuses it.
    Instant expiresAt = Instant.ofEpochSecond(timestamp).plus(WINDOW).plusSeconds(1);
    for (SeenSignatures memory : seen) {
      boolean first;
      try {
        first = memory.firstSighting(signature, now, expiresAt);
      } catch (RuntimeException e) {
        // Without the store another process might run this request again: refuse it (Slack retries
        // a 5xx);
        // a command would find the store down anyway.
        return new Verdict.Refused(
            503, "the replay check cannot reach the store (" + firstLine(e.getMessage()) + ")");
      }
      if (!first) {
        return new Verdict.Refused(401, "a replay of a request already accepted");
      }
    }
    return new Verdict.Pass();
  }

  private static String firstLine(@Nullable String message) {
    return message == null ? "no message" : message.lines().findFirst().orElse("");
  }

  /**
   * {@code v0=} hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)), over the bytes as
   * received.
   */
  private byte[] expected(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
      return ("v0=" + HexFormat.of().formatHex(mac.doFinal(body)))
          .getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
