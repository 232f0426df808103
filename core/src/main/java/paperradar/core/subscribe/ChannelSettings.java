package paperradar.core.subscribe;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ChannelRef;

/**
 * A channel's digest settings.
 *
 * @param time when the digest goes out, in {@code zone}
 * @param weekdaysOnly Monday to Friday only, else every day
 * @param enabled whether the channel wants its digest at all
 * @param sayWhenEmpty whether a digest with nothing new says so in one line (else it is skipped)
 * @param active false once the platform said the channel is gone or the bot was removed from it
 * @param inactiveReason why it is not active, or null
 * @param changedAt when they were last stored, or null for defaults never stored: a digest due
 *     before then is not owed (whoever set the time did not ask for yesterday's)
 */
public record ChannelSettings(
    ChannelRef channel,
    LocalTime time,
    ZoneId zone,
    boolean weekdaysOnly,
    boolean enabled,
    boolean sayWhenEmpty,
    boolean active,
    @Nullable String inactiveReason,
    @Nullable Instant changedAt) {

  public ChannelSettings {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
  }

  /** The built-in defaults: 08:00 on weekdays in the given zone, on, skipped when empty. */
  public static ChannelSettings defaults(ChannelRef channel, ZoneId zone) {
    return new ChannelSettings(
        channel, LocalTime.of(8, 0), zone, true, true, false, true, null, null);
  }

  /** These settings, for another channel: how configured defaults are applied. */
  public ChannelSettings forChannel(ChannelRef other) {
    return new ChannelSettings(
        other, time, zone, weekdaysOnly, enabled, sayWhenEmpty, true, null, null);
  }

  public ChannelSettings at(LocalTime newTime, ZoneId newZone) {
    return new ChannelSettings(
        channel,
        newTime,
        newZone,
        weekdaysOnly,
        enabled,
        sayWhenEmpty,
        active,
        inactiveReason,
        changedAt);
  }

  public ChannelSettings weekdaysOnly(boolean value) {
    return new ChannelSettings(
        channel, time, zone, value, enabled, sayWhenEmpty, active, inactiveReason, changedAt);
  }

  public ChannelSettings enabled(boolean value) {
    return new ChannelSettings(
        channel, time, zone, weekdaysOnly, value, sayWhenEmpty, active, inactiveReason, changedAt);
  }

  public ChannelSettings sayWhenEmpty(boolean value) {
    return new ChannelSettings(
        channel, time, zone, weekdaysOnly, enabled, value, active, inactiveReason, changedAt);
  }

  /** Active again (someone used the bot there), or inactive for a reason. */
  public ChannelSettings active(boolean value, @Nullable String reason) {
    return new ChannelSettings(
        channel,
        time,
        zone,
        weekdaysOnly,
        enabled,
        sayWhenEmpty,
        value,
        value ? null : reason,
        changedAt);
  }

  /** These settings as stored at a moment. */
  public ChannelSettings storedAt(Instant moment) {
    return new ChannelSettings(
        channel, time, zone, weekdaysOnly, enabled, sayWhenEmpty, active, inactiveReason, moment);
  }

  /** Whether digests are due here at all. */
  public boolean wantsDigests() {
    return enabled && active;
  }
}
