package paperradar.bot.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local chat endpoint that takes webhook digests as a chat service would: a message is shown once
 * per Idempotency-Key, and a repeated key is acknowledged but not shown again. It answers after a
 * random short delay, so that a process killed at a random moment is often killed in the middle of
 * a send.
 */
final class FakeWebhook implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Random random;
  private final int maxDelayMillis;

  /** Message keys shown in each channel, in the order shown. */
  private final Map<String, Set<String>> shown = new LinkedHashMap<>();

  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger repeats = new AtomicInteger();
  private final Map<String, Integer> bySender = new java.util.concurrent.ConcurrentHashMap<>();

  FakeWebhook(long seed, int maxDelayMillis) throws IOException {
    this.random = new Random(seed);
    this.maxDelayMillis = maxDelayMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/hook",
        exchange -> {
          try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            pause();
            requests.incrementAndGet();
            bySender.merge(
                String.valueOf(exchange.getRequestHeaders().getFirst("X-Paper-Radar-Process")),
                1,
                Integer::sum);
            String channel = body.get("workspace").asText() + "/" + body.get("channel").asText();
            synchronized (shown) {
              if (!shown.computeIfAbsent(channel, c -> new LinkedHashSet<>()).add(key)) {
                repeats.incrementAndGet();
              }
            }
            exchange.sendResponseHeaders(200, -1);
          }
        });
    server.start();
  }

  private void pause() {
    int delay;
    synchronized (random) {
      delay = maxDelayMillis == 0 ? 0 : random.nextInt(maxDelayMillis);
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Channel to the keys of the messages shown there. */
  Map<String, Set<String>> shown() {
    synchronized (shown) {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      shown.forEach((channel, keys) -> copy.put(channel, Set.copyOf(keys)));
      return copy;
    }
  }

  int channelsServed() {
    synchronized (shown) {
      return shown.size();
    }
  }

  /** Requests per sending process. */
  Map<String, Integer> bySender() {
    return Map.copyOf(bySender);
  }

  int requests() {
    return requests.get();
  }

  /**
   * Sends of a message already shown: retries after a crash, which the key kept from showing twice.
   */
  int repeats() {
    return repeats.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
