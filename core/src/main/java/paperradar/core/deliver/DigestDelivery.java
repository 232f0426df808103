package paperradar.core.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.deliver.LedgerEntry.Status;
import paperradar.core.digest.Digest;
import paperradar.core.digest.DigestComposer;
import paperradar.core.digest.DigestReplies;
import paperradar.core.digest.DigestTimes.Due;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.model.Platform;
import paperradar.core.reply.ReplyCodec;
import paperradar.core.retry.Backoff;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;

/**
 * Delivers one channel's digest: ledger first, then send, then mark sent.
 *
 * <p>A crash before the ledger write loses nothing (the sweep finds the digest still due); a crash
 * after it leaves a pending entry that the sweep sends again, with the same delivery key, so the
 * platform drops a copy it already has. Transient failures are retried with backoff, honouring
 * Retry-After; a permanent one stops the channel's digests and says so in the log.
 */
public final class DigestDelivery {

  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

  /** What became of a digest. */
  public enum Outcome {
    SENT,
    SKIPPED_EMPTY,
    ALREADY_HANDLED,
    FAILED,
    RETRY_LATER,
    NO_SENDER
  }

  private final DigestComposer composer;
  private final DeliveryLedger ledger;
  private final ChannelStore channels;
  private final Map<Platform, DigestSender> senders;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Duration lease;

  public DigestDelivery(
      DigestComposer composer,
      DeliveryLedger ledger,
      ChannelStore channels,
      Map<Platform, DigestSender> senders,
      Backoff backoff,
      Sleeper sleeper,
      Clock clock,
      Duration lease) {
    this.composer = composer;
    this.ledger = ledger;
    this.channels = channels;
    this.senders = Map.copyOf(senders);
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
    this.lease = lease;
  }

  /**
   * Composes, writes and sends the digest due; the ledger makes a second call for the same day a
   * no-op.
   */
  public Outcome deliver(ChannelSettings settings, Due due) {
    ChannelRef channel = settings.channel();
    if (!senders.containsKey(channel.platform())
        || !senders.get(channel.platform()).serves(channel)) {
      return Outcome.NO_SENDER;
    }
    Optional<LedgerEntry> existing = ledger.entry(channel, due.date());
    if (existing.isPresent()) {
      return Outcome.ALREADY_HANDLED;
    }
    Digest digest = composer.compose(channel, settings.zone());
    Instant now = clock.instant();
    if (digest.isEmpty() && !settings.sayWhenEmpty()) {
      ledger.recordSkipped(channel, due.date(), "nothing new", now);
      return Outcome.SKIPPED_EMPTY;
    }
    String body = ReplyCodec.toJson(DigestReplies.of(digest));
    DeliveryLedger.Claim claim =
        ledger.claim(
            channel,
            due.date(),
            body,
            digest.papers().stream().map(Paper::id).toList(),
            digest.followUpKinds(),
            now,
            now.plus(lease));
    return claim.won() ? send(claim.entry()) : Outcome.ALREADY_HANDLED;
  }

  /** Sends a pending digest a crashed or failing attempt left behind, if nobody else holds it. */
  public Outcome resume(LedgerEntry pending) {
    Instant now = clock.instant();
    return ledger
        .takeOver(pending.id(), now, now.plus(lease))
        .map(this::send)
        .orElse(Outcome.ALREADY_HANDLED);
  }

  private Outcome send(LedgerEntry entry) {
    if (entry.status() != Status.PENDING) {
      return Outcome.ALREADY_HANDLED;
    }
    DigestSender sender = senders.get(entry.channel().platform());
    if (sender == null || !sender.serves(entry.channel())) {
      ledger.release(entry.id());
      return Outcome.NO_SENDER;
    }
    for (int attempt = 1; attempt <= backoff.attempts(); attempt++) {
      ledger.renew(entry.id(), clock.instant().plus(lease));
      try {
        boolean mayHaveBeenSent = attempt > 1 || entry.attempts() > 1;
        sender.send(
            entry.channel(),
            ReplyCodec.fromJson(entry.body()),
            entry.deliveryKey(),
            mayHaveBeenSent);
        ledger.markSent(entry.id(), clock.instant());
        log.info(
            "digest {} of {} for {} sent (attempt {})",
            entry.id(),
            entry.date(),
            entry.channel(),
            entry.attempts() + attempt - 1);
        return Outcome.SENT;
      } catch (DeliveryException.Permanent e) {
        ledger.markFailed(entry.id(), e.getMessage(), clock.instant());
        channels.update(entry.channel(), settings -> settings.active(false, e.getMessage()));
        log.warn(
            "digest for {} failed for good ({}); its digests are deactivated until someone uses the bot there",
            entry.channel(),
            e.getMessage());
        return Outcome.FAILED;
      } catch (DeliveryException.Transient e) {
        ledger.recordError(entry.id(), e.getMessage());
        if (attempt == backoff.attempts()) {
          break;
        }
        Duration wait = backoff.delayAfter(attempt, e.retryAfter().orElse(null));
        log.info(
            "digest for {} hit a transient error ({}); retrying in {} ms",
            entry.channel(),
            e.getMessage(),
            wait.toMillis());
        if (!pause(wait)) {
          break;
        }
      }
    }
    ledger.release(entry.id());
    log.warn(
        "digest for {} is still pending after {} attempts; it will be tried again",
        entry.channel(),
        backoff.attempts());
    return Outcome.RETRY_LATER;
  }

  private boolean pause(Duration wait) {
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
