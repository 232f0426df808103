package paperradar.core.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.digest.DigestTimes;
import paperradar.core.digest.DigestTimes.Due;
import paperradar.core.model.Platform;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;

/**
 * Finds the digests that are due and not yet in the ledger, and the pending ones a crash left
 * behind. Run at start and then every few seconds, it is what makes a restart never cost a digest:
 * a digest whose time passed while no process ran goes out once if it is within the grace period,
 * and is skipped, with a log line, if it is older.
 */
public final class DigestSweep {

  private static final Logger log = LoggerFactory.getLogger(DigestSweep.class);

  /** A digest to deliver now. */
  public record DueDigest(ChannelSettings settings, Due due) {}

  /** What the sweep found. */
  public record Plan(List<DueDigest> due, List<LedgerEntry> pending) {}

  private final ChannelStore channels;
  private final DeliveryLedger ledger;
  private final Set<Platform> platforms;
  private final Duration grace;
  private final Clock clock;

  /**
   * @param platforms the platforms this process can send to; other channels are left to others
   */
  public DigestSweep(
      ChannelStore channels,
      DeliveryLedger ledger,
      Set<Platform> platforms,
      Duration grace,
      Clock clock) {
    this.channels = channels;
    this.ledger = ledger;
    this.platforms = Set.copyOf(platforms);
    this.grace = grace;
    this.clock = clock;
  }

  public Plan plan() {
    Instant now = clock.instant();
    // Digests are looked for at most eight days back (DigestTimes); a day earlier covers every
    // zone.
    Set<DeliveryLedger.ChannelDay> handled =
        ledger.daysSince(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(10));
    List<DueDigest> due = new ArrayList<>();
    for (ChannelSettings settings : channels.all()) {
      if (!settings.wantsDigests() || !platforms.contains(settings.channel().platform())) {
        continue;
      }
      Optional<Due> latest = DigestTimes.latestAtOrBefore(settings, now);
      if (latest.isEmpty()
          || (settings.changedAt() != null && latest.get().at().isBefore(settings.changedAt()))
          || handled.contains(
              new DeliveryLedger.ChannelDay(settings.channel(), latest.get().date()))) {
        continue;
      }
      Duration late = Duration.between(latest.get().at(), now);
      if (late.compareTo(grace) <= 0) {
        due.add(new DueDigest(settings, latest.get()));
      } else if (ledger.recordSkipped(
          settings.channel(),
          latest.get().date(),
          "too late: due "
              + latest.get().at()
              + ", "
              + late.toMinutes()
              + " min before the bot ran",
          now)) {
        log.warn(
            "skipped the {} digest of {}: it was due at {}, {} min ago, beyond the {} h grace period",
            latest.get().date(),
            settings.channel(),
            latest.get().at(),
            late.toMinutes(),
            grace.toHours());
      }
    }
    List<LedgerEntry> pending =
        ledger.unheldPending(now).stream()
            .filter(entry -> platforms.contains(entry.channel().platform()))
            .toList();
    return new Plan(due, pending);
  }
}
