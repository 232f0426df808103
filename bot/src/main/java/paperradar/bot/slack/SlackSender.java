package paperradar.bot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.deliver.DeliveryException;
import paperradar.core.deliver.DigestSender;
import paperradar.core.deliver.Sleeper;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;

/**
 * Posts digests with {@code chat.postMessage}, one post per message of the split digest.
 *
 * <p>Slack has no idempotency key. Each post carries the delivery key in its message metadata, and
 * a digest that may already have gone out (a retry, or one a crash left pending) first reads the
 * channel's recent history for posts with its key and sends only the parts not there. That read
 * needs the {@code channels:history} scope; without it the sender says so once and sends anyway (a
 * rare double beats a lost digest).
 *
 * <p>Each post uses the bot token of the channel's own team: the one token of a single-workspace
 * deployment, or the team's installation in the store. A team without one (it uninstalled the app)
 * is not served. Posts are paced per team and per channel by a {@link PostPacer}.
 */
public final class SlackSender implements DigestSender {

  static final String METADATA_EVENT = "paper_radar_digest";
  private static final Logger log = LoggerFactory.getLogger(SlackSender.class);

  /** Errors after which the channel will never take a post. */
  private static final Set<String> PERMANENT =
      Set.of(
          "channel_not_found",
          "not_in_channel",
          "is_archived",
          "account_inactive",
          "token_revoked",
          "restricted_action");

  private static final Duration HISTORY_WINDOW = Duration.ofDays(2);

  private final Function<String, Optional<MethodsClient>> clients;
  private final Clock clock;
  private final PostPacer pacer;
  private volatile boolean warnedAboutHistory;

  /** One workspace: every channel is posted to with this client's token. */
  public SlackSender(MethodsClient methods, Clock clock) {
    this(team -> Optional.of(methods), clock, PostPacer.slacks(clock, Sleeper.REAL));
  }

  /** Many workspaces: each team's token from its installation. */
  public SlackSender(Slack slack, InstallationStore installations, Clock clock, Sleeper sleeper) {
    this(
        team ->
            installations.find(team).map(installation -> slack.methods(installation.botToken())),
        clock,
        PostPacer.slacks(clock, sleeper));
  }

  SlackSender(Function<String, Optional<MethodsClient>> clients, Clock clock, PostPacer pacer) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = clock;
    this.pacer = pacer;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  /** Only channels of teams that have the app installed. */
  @Override
  public boolean serves(ChannelRef channel) {
    return clients.apply(channel.workspace()).isPresent();
  }

  @Override
  public void send(ChannelRef channel, Reply reply, String deliveryKey) {
    send(channel, reply, deliveryKey, false);
  }

  @Override
  public void send(ChannelRef channel, Reply reply, String deliveryKey, boolean mayHaveBeenSent) {
    // Between serves() and here the team may have uninstalled: its channels then stop like the
    // others.
    MethodsClient methods =
        clients
            .apply(channel.workspace())
            .orElseThrow(
                () -> new DeliveryException.Permanent(JdbcInstallationStore.UNINSTALLED, null));
    List<BlockKitRenderer.SlackMessage> messages = BlockKitRenderer.render(reply);
    Set<String> alreadyThere = mayHaveBeenSent ? keysInHistory(methods, channel) : Set.of();
    for (int i = 0; i < messages.size(); i++) {
      String key = messages.size() == 1 ? deliveryKey : deliveryKey + "-" + (i + 1);
      if (!alreadyThere.contains(key)) {
        try {
          pacer.awaitTurn(channel);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeliveryException.Transient(
              "interrupted while waiting for Slack's pace", null, e);
        }
        post(methods, channel, messages.get(i), key);
      }
    }
  }

  private void post(
      MethodsClient methods,
      ChannelRef channel,
      BlockKitRenderer.SlackMessage message,
      String key) {
    ChatPostMessageResponse response =
        call(
            channel,
            () ->
                methods.chatPostMessage(
                    request ->
                        request
                            .channel(channel.channel())
                            .text(message.text())
                            .blocks(message.blocks())
                            // Nothing in a digest may ping: no @channel parsing, no link previews
                            // of arbitrary pages.
                            .linkNames(false)
                            .unfurlLinks(false)
                            .unfurlMedia(false)
                            .metadata(
                                Message.Metadata.builder()
                                    .eventType(METADATA_EVENT)
                                    .eventPayload(Map.of("key", key))
                                    .build())));
    if (!response.isOk()) {
      throw failure(channel, response.getError());
    }
  }

  private Set<String> keysInHistory(MethodsClient methods, ChannelRef channel) {
    String oldest = Long.toString(clock.instant().minus(HISTORY_WINDOW).getEpochSecond());
    ConversationsHistoryResponse history =
        call(
            channel,
            () ->
                methods.conversationsHistory(
                    request ->
                        request
                            .channel(channel.channel())
                            .oldest(oldest)
                            .limit(100)
                            .includeAllMetadata(true)));
    if (!history.isOk()) {
      if (!warnedAboutHistory) {
        warnedAboutHistory = true;
        log.warn(
            "Slack refused to read channel history ({}); a digest retried after an error may be posted twice."
                + " Grant the channels:history scope to prevent that.",
            history.getError());
      }
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    for (Message message : history.getMessages()) {
      Message.Metadata metadata = message.getMetadata();
      if (metadata != null
          && METADATA_EVENT.equals(metadata.getEventType())
          && metadata.getEventPayload() != null) {
        Object key = metadata.getEventPayload().get("key");
        if (key != null) {
          keys.add(key.toString());
        }
      }
    }
    return keys;
  }

  private static DeliveryException failure(ChannelRef channel, String error) {
    if (PERMANENT.contains(error)) {
      return new DeliveryException.Permanent(
          "Slack refused the post to " + channel + ": " + error, null);
    }
    return new DeliveryException.Transient("Slack refused the post: " + error, null, null);
  }

  private static <T> T call(ChannelRef channel, SlackCall<T> call) {
    try {
      return call.run();
    } catch (SlackApiException e) {
      int status = e.getResponse().code();
      if (status == 429) {
        throw new DeliveryException.Transient(
            "Slack rate-limited the post (429)",
            retryAfter(e.getResponse().header("Retry-After")),
            e);
      }
      if (e.getError() != null && e.getError().getError() != null && status < 500) {
        throw failure(channel, e.getError().getError());
      }
      throw new DeliveryException.Transient("Slack answered HTTP " + status, null, e);
    } catch (IOException e) {
      throw new DeliveryException.Transient(
          "Slack unreachable: " + e.getClass().getSimpleName(), null, e);
    }
  }

  private static @Nullable Duration retryAfter(@Nullable String header) {
    try {
      return header == null ? null : Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @FunctionalInterface
  private interface SlackCall<T> {
    T run() throws IOException, SlackApiException;
  }
}
