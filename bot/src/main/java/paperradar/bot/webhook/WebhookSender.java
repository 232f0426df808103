package paperradar.bot.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import paperradar.core.deliver.DeliveryException;
import paperradar.core.deliver.DigestSender;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyCodec;
import paperradar.core.reply.ReplyLimits;

/**
 * The webhook adapter: digests of {@code webhook} channels are POSTed as JSON to one URL, for any
 * chat or tool that takes incoming webhooks. Each message carries an {@code Idempotency-Key}, the
 * same on every retry, so a receiver can drop a copy it already has.
 *
 * <p>429 (with Retry-After), 5xx and timeouts are transient; 403, 404 and 410 mean the channel is
 * gone.
 */
public final class WebhookSender implements DigestSender {

  /** One message holds at most this much; a longer digest is split between papers. */
  static final ReplyLimits LIMITS = new ReplyLimits(40, 30_000, 4_000);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROCESS = Long.toString(ProcessHandle.current().pid());

  private final URI url;
  private final HttpClient http;
  private final Duration timeout;

  public WebhookSender(URI url, Duration timeout) {
    this.url = url;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public Platform platform() {
    return Platform.WEBHOOK;
  }

  @Override
  public void send(ChannelRef channel, Reply reply, String deliveryKey) {
    List<Reply> messages = reply.split(LIMITS);
    for (int i = 0; i < messages.size(); i++) {
      String key = messages.size() == 1 ? deliveryKey : deliveryKey + "-" + (i + 1);
      post(channel, messages.get(i), key);
    }
  }

  private void post(ChannelRef channel, Reply message, String key) {
    ObjectNode body = JSON.createObjectNode();
    body.put("workspace", channel.workspace());
    body.put("channel", channel.channel());
    body.put("key", key);
    body.put("text", message.plainText());
    body.set("reply", readTree(ReplyCodec.toJson(message)));
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", FeedFetcher.USER_AGENT)
            .header("Idempotency-Key", key)
            // Which replica sent it, for operators reading the receiving side's logs.
            .header("X-Paper-Radar-Process", PROCESS)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new DeliveryException.Transient("webhook timed out", null, e);
    } catch (IOException e) {
      throw new DeliveryException.Transient("webhook unreachable: " + e.getMessage(), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted", null, e);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    if (status == 403 || status == 404 || status == 410) {
      throw new DeliveryException.Permanent(
          "webhook answered HTTP " + status + " for " + channel, null);
    }
    Duration retryAfter =
        response.headers().firstValue("Retry-After").flatMap(WebhookSender::seconds).orElse(null);
    throw new DeliveryException.Transient("webhook answered HTTP " + status, retryAfter, null);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofMillis((long) (Double.parseDouble(value.strip()) * 1000)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
