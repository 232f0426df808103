package paperradar.core.model;

import java.util.Objects;

/**
 * A chat channel on one platform: its workspace (Slack team, Discord guild) and its channel id.
 * Topics, digest settings and what a channel has been shown are all kept per channel.
 *
 * @param platform the platform the channel is on
 * @param workspace the Slack team id or Discord guild id; {@code local} for the console
 * @param channel the channel id
 */
public record ChannelRef(Platform platform, String workspace, String channel) {

  public ChannelRef {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
    if (channel.isBlank()) {
      throw new IllegalArgumentException("channel must not be blank");
    }
  }

  /** A Slack channel of one team (workspace). */
  public static ChannelRef slack(String team, String channel) {
    return new ChannelRef(Platform.SLACK, team, channel);
  }

  /** A Discord channel of one guild. */
  public static ChannelRef discord(String guild, String channel) {
    return new ChannelRef(Platform.DISCORD, guild, channel);
  }

  /** The console's channel: what {@code run} without tokens and {@code ask} use. */
  public static ChannelRef console(String channel) {
    return new ChannelRef(Platform.CONSOLE, "local", channel);
  }

  /** A channel whose digests go to the webhook. */
  public static ChannelRef webhook(String workspace, String channel) {
    return new ChannelRef(Platform.WEBHOOK, workspace, channel);
  }

  /** {@code slack:T1:C1}: the form logs, job names and the command line use. */
  @Override
  public String toString() {
    return platform.id() + ":" + workspace + ":" + channel;
  }
}
