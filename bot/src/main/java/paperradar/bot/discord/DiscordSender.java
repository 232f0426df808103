package paperradar.bot.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import paperradar.core.deliver.DeliveryException;
import paperradar.core.deliver.DigestSender;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;

/**
 * Posts digests to Discord channels. JDA keeps to Discord's rate limits itself (it waits out a 429
 * and the per-route buckets), so a send here blocks until the message is accepted or refused for
 * good. Each message carries an enforced nonce derived from the delivery key, so Discord drops a
 * copy of a message it accepted in the last minutes.
 */
public final class DiscordSender implements DigestSender {

  /** Refusals after which the channel will never take a post. */
  private static final Set<ErrorResponse> PERMANENT =
      Set.of(
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.MISSING_PERMISSIONS,
          ErrorResponse.UNKNOWN_GUILD,
          ErrorResponse.CANNOT_SEND_TO_USER);

  private static final int MAX_NONCE = 25;

  private final ShardManager shards;
  private final RequestPacer pacer;

  DiscordSender(ShardManager shards, RequestPacer pacer) {
    this.shards = shards;
    this.pacer = pacer;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public boolean serves(ChannelRef channel) {
    return ownsGuild(channel.workspace());
  }

  @Override
  public void send(ChannelRef channel, Reply reply, String deliveryKey) {
    GuildMessageChannel target = find(channel);
    List<MessageCreateData> messages = EmbedRenderer.render(reply);
    for (int i = 0; i < messages.size(); i++) {
      String nonce = nonce(messages.size() == 1 ? deliveryKey : deliveryKey + "-" + (i + 1));
      try {
        pacer.await();
        target.sendMessage(messages.get(i)).setNonce(nonce).complete();
      } catch (ErrorResponseException e) {
        if (PERMANENT.contains(e.getErrorResponse())) {
          throw new DeliveryException.Permanent(
              "Discord refused the post to " + channel + ": " + e.getErrorResponse().getMeaning(),
              e);
        }
        throw new DeliveryException.Transient(
            "Discord refused the post: " + e.getMeaning(), null, e);
      } catch (InsufficientPermissionException e) {
        throw new DeliveryException.Permanent(
            "the bot lacks " + e.getPermission().getName() + " in " + channel, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeliveryException.Transient("interrupted", null, e);
      } catch (RuntimeException e) {
        throw new DeliveryException.Transient(
            "Discord unreachable: " + e.getClass().getSimpleName(), null, e);
      }
    }
  }

  private GuildMessageChannel find(ChannelRef channel) {
    GuildMessageChannel target =
        shards.getChannelById(GuildMessageChannel.class, channel.channel());
    if (target != null) {
      return target;
    }
    boolean connected =
        shards.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    if (!connected) {
      throw new DeliveryException.Transient("Discord is still connecting", null, null);
    }
    // Connected, and this process carries the guild's shard (serves() said so), yet no such
    // channel.
    throw new DeliveryException.Permanent(
        shards.getGuildById(channel.workspace()) == null
            ? "the bot is no longer in guild " + channel.workspace()
            : "Unknown Channel " + channel,
        null);
  }

  /**
   * Whether one of this process's shards carries the guild (Discord's rule: (guild id >> 22) %
   * total).
   */
  private boolean ownsGuild(String guildId) {
    long id;
    try {
      id = Long.parseUnsignedLong(guildId);
    } catch (NumberFormatException e) {
      return false;
    }
    int total = shards.getShardsTotal();
    int shard = (int) ((id >>> 22) % total);
    return shards.getShardById(shard) != null;
  }

  /** Discord's nonce holds 25 characters; the key's hash fits and stays the same on every retry. */
  static String nonce(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, MAX_NONCE);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
