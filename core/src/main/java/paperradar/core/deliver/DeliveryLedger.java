package paperradar.core.deliver;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import paperradar.core.digest.FollowUpKind;
import paperradar.core.digest.ShownPapers;
import paperradar.core.model.ChannelRef;

/**
 * The delivery ledger: a digest, and every paper it shows, are written here before it is sent. One
 * digest per channel and day (two processes cannot both write it), and a paper shown to a channel
 * is never shown to it again.
 */
public interface DeliveryLedger extends ShownPapers {

  /** A channel's digest of one day. */
  record ChannelDay(ChannelRef channel, LocalDate date) {}

  /** The result of {@link #claim}: whether this call wrote it, and the ledger's entry. */
  record Claim(boolean won, LedgerEntry entry) {}

  /** The channel's digest of that day, if the ledger has one. */
  Optional<LedgerEntry> entry(ChannelRef channel, LocalDate date);

  /**
   * Every channel and day the ledger has a digest for, on or after {@code first}: one query for a
   * sweep.
   */
  Set<ChannelDay> daysSince(LocalDate first);

  /**
   * Writes a digest and marks its papers shown, in one transaction, and leases it to the caller
   * until {@code leaseUntil}. When the channel already has that day's digest (another process wrote
   * it first), nothing is written and that one is returned.
   */
  default Claim claim(
      ChannelRef channel,
      LocalDate date,
      String body,
      Collection<Long> paperIds,
      Instant now,
      Instant leaseUntil) {
    return claim(channel, date, body, paperIds, Map.of(), now, leaseUntil);
  }

  /**
   * {@link #claim} that also records, in the same transaction, the follow-ups the digest shows:
   * each paper's kinds ({@link FollowUpKind}) never come back to the channel again.
   */
  Claim claim(
      ChannelRef channel,
      LocalDate date,
      String body,
      Collection<Long> paperIds,
      Map<Long, Set<FollowUpKind>> followUps,
      Instant now,
      Instant leaseUntil);

  /**
   * Records a digest that will not be sent (nothing new, or too late); false when the day already
   * has one.
   */
  boolean recordSkipped(ChannelRef channel, LocalDate date, String why, Instant now);

  /**
   * Takes over a pending digest whose lease has run out (its sender crashed or gave up), leasing it
   * to the caller; empty when it is not pending or someone else holds it.
   */
  Optional<LedgerEntry> takeOver(long id, Instant now, Instant leaseUntil);

  /** Pending digests nobody holds now: what a crash left behind. */
  List<LedgerEntry> unheldPending(Instant now);

  /** Notes why the last attempt at sending a digest failed; it stays pending. */
  void recordError(long id, String error);

  /** Marks a digest sent and lets go of its lease. */
  void markSent(long id, Instant now);

  /** Marks a digest failed for good, saying why, and lets go of its lease. */
  void markFailed(long id, String why, Instant now);

  /** Holds a pending digest longer, before another attempt at sending it. */
  void renew(long id, Instant leaseUntil);

  /** Lets go of a pending digest so another attempt (here or elsewhere) may take it at once. */
  void release(long id);

  /** The ledger's entry with that id, if any. */
  Optional<LedgerEntry> byId(long id);
}
