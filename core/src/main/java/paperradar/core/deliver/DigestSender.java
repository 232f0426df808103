package paperradar.core.deliver;

import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;

/**
 * Posts a digest to a channel on one platform. Implementations split the reply within the
 * platform's limits and pass the delivery key on, so that the platform recognises a retry of a
 * message it already has (Discord's enforced nonce, an Idempotency-Key header, Slack message
 * metadata looked up first).
 */
public interface DigestSender {

  /** The platform this sender posts to. */
  Platform platform();

  /**
   * @throws DeliveryException.Transient when a retry may succeed (429, 5xx, a timeout)
   * @throws DeliveryException.Permanent when it never will (the channel is gone, the bot was
   *     removed)
   */
  void send(ChannelRef channel, Reply reply, String deliveryKey);

  /**
   * Whether this process can post to the channel now. A Discord process serves only the guilds on
   * its own shards; a digest it does not serve is left for a process that does.
   */
  default boolean serves(ChannelRef channel) {
    return true;
  }

  /**
   * Sends, told whether an earlier attempt with this key may already have reached the platform (a
   * retry after an error, or a digest a crashed process left pending). A platform without
   * idempotency keys (Slack) looks for its earlier message only then.
   */
  default void send(ChannelRef channel, Reply reply, String deliveryKey, boolean mayHaveBeenSent) {
    send(channel, reply, deliveryKey);
  }
}
