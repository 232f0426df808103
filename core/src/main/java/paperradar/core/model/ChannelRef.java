package paperradar.core.model;

import java.util.Objects;

/**
 * A chat channel on one platform: its workspace (Slack team, Discord guild) and its channel id.
 * Topics, digest settings and what a channel has been shown are all kept per channel.
 *
 * @param platform {@code slack}, {@code discord} or {@code console}
 * @param workspace the Slack team id or Discord guild id; {@code local} for the console
 * @param channel the channel id
 */
public record ChannelRef(String platform, String workspace, String channel) {

  public ChannelRef {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
    if (platform.isBlank() || channel.isBlank()) {
      throw new IllegalArgumentException("platform and channel must not be blank");
    }
  }

  /** The console's channel: what {@code run} without tokens and {@code ask} use. */
  public static ChannelRef console(String channel) {
    return new ChannelRef("console", "local", channel);
  }

  @Override
  public String toString() {
    return platform + ":" + workspace + ":" + channel;
  }
}
