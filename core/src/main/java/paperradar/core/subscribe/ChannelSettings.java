package paperradar.core.subscribe;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
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
 */
public record ChannelSettings(ChannelRef channel, LocalTime time, ZoneId zone, boolean weekdaysOnly,
    boolean enabled, boolean sayWhenEmpty, boolean active, String inactiveReason) {

  public ChannelSettings {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
  }

  /** The built-in defaults: 08:00 on weekdays in the given zone, on, skipped when empty. */
  public static ChannelSettings defaults(ChannelRef channel, ZoneId zone) {
    return new ChannelSettings(channel, LocalTime.of(8, 0), zone, true, true, false, true, null);
  }

  /** These settings, for another channel: how configured defaults are applied. */
  public ChannelSettings forChannel(ChannelRef other) {
    return new ChannelSettings(other, time, zone, weekdaysOnly, enabled, sayWhenEmpty, true, null);
  }

  public ChannelSettings at(LocalTime newTime, ZoneId newZone) {
    return new ChannelSettings(channel, newTime, newZone, weekdaysOnly, enabled, sayWhenEmpty, active, inactiveReason);
  }

  public ChannelSettings weekdaysOnly(boolean value) {
    return new ChannelSettings(channel, time, zone, value, enabled, sayWhenEmpty, active, inactiveReason);
  }

  public ChannelSettings enabled(boolean value) {
    return new ChannelSettings(channel, time, zone, weekdaysOnly, value, sayWhenEmpty, active, inactiveReason);
  }

  public ChannelSettings sayWhenEmpty(boolean value) {
    return new ChannelSettings(channel, time, zone, weekdaysOnly, enabled, value, active, inactiveReason);
  }

  /** Active again (someone used the bot there), or inactive for a reason. */
  public ChannelSettings active(boolean value, String reason) {
    return new ChannelSettings(channel, time, zone, weekdaysOnly, enabled, sayWhenEmpty, value, value ? null : reason);
  }

  /** Whether digests are due here at all. */
  public boolean wantsDigests() {
    return enabled && active;
  }
}
