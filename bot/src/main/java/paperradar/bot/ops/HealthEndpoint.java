package paperradar.bot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import paperradar.core.poll.SourceHealth;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;

/**
 * {@code GET /healthz}: the store, the index, the scheduler, the adapters, and each source's last
 * fetch. 200 when the store, the index and the scheduler answer; 503 otherwise. {@code GET /metrics}:
 * the {@link Metrics} in Prometheus' text format.
 */
public final class HealthEndpoint implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;

  /**
   * What /healthz looks at.
   *
   * @param sourceUrls the configured sources: each is listed, polled yet or not, and only these (a source
   *     removed from the configuration keeps its health row but is no longer the operator's concern)
   */
  public record Parts(PaperStore store, PaperIndex index, BooleanSupplier schedulerRunning,
      Map<String, String> adapters, List<String> sourceUrls, SourceHealthStore sources, Metrics metrics) {}

  private HealthEndpoint(HttpServer server) {
    this.server = server;
  }

  /** Serves on {@code port} on every interface (a container's health check comes from outside it). */
  public static HealthEndpoint start(int port, Parts parts) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "paper-radar-health");
      thread.setDaemon(true);
      return thread;
    }));
    server.createContext("/healthz", exchange -> respond(exchange, parts));
    server.createContext("/metrics", exchange -> metrics(exchange, parts.metrics()));
    server.start();
    return new HealthEndpoint(server);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void metrics(HttpExchange exchange, Metrics metrics) throws IOException {
    try (exchange) {
      byte[] body = metrics.scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private static void respond(HttpExchange exchange, Parts parts) throws IOException {
    try (exchange) {
      ObjectNode body = JSON.createObjectNode();
      boolean healthy = true;
      try {
        body.putObject("store").put("ok", true).put("papers", parts.store().paperCount());
      } catch (RuntimeException e) {
        body.putObject("store").put("ok", false).put("error", e.getMessage());
        healthy = false;
      }
      try {
        body.putObject("index").put("ok", true).put("papers", parts.index().size());
      } catch (RuntimeException e) {
        body.putObject("index").put("ok", false).put("error", e.getMessage());
        healthy = false;
      }
      boolean scheduler = parts.schedulerRunning().getAsBoolean();
      body.putObject("scheduler").put("ok", scheduler);
      healthy &= scheduler;
      ObjectNode adapters = body.putObject("adapters");
      parts.adapters().forEach(adapters::put);
      ArrayNode sources = body.putArray("sources");
      try {
        for (String url : parts.sourceUrls()) {
          SourceHealth source = parts.sources().health(url);
          ObjectNode node = sources.addObject().put("url", source.url())
              .put("consecutiveFailures", source.consecutiveFailures());
          node.put("lastSuccessAt", source.lastSuccessAt() == null ? null : source.lastSuccessAt().toString());
          node.put("lastError", source.lastError());
        }
      } catch (RuntimeException e) {
        healthy = false;
      }
      HealthStatus.write(body, healthy);
      byte[] bytes = body.toPrettyString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(healthy ? 200 : 503, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
