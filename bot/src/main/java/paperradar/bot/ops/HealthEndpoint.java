package paperradar.bot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import paperradar.bot.http.HttpListener;
import paperradar.bot.http.HttpListener.Answer;
import paperradar.core.poll.SourceHealth;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;
import paperradar.core.text.UrlRedaction;

/**
 * {@code GET /healthz}: the store, the index, the scheduler, the adapters, and each source's last
 * fetch. 200 when the store, the index and the scheduler answer; 503 otherwise. {@code GET
 * /metrics}: the {@link Metrics} in Prometheus' text format. Served by Jetty ({@link
 * HttpListener}), so idle or slow clients cannot hold the answer up; source URLs are shown with
 * their secrets masked.
 */
public final class HealthEndpoint implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpListener server;

  /**
   * What /healthz looks at.
   *
   * @param sourceUrls the configured sources: each is listed, polled yet or not, and only these (a
   *     source removed from the configuration keeps its health row but is no longer the operator's
   *     concern)
   */
  public record Parts(
      PaperStore store,
      PaperIndex index,
      BooleanSupplier schedulerRunning,
      Map<String, String> adapters,
      List<String> sourceUrls,
      SourceHealthStore sources,
      Metrics metrics) {}

  /**
   * How far this process's search index and the cluster's topic matching are behind the store's
   * change feed, in change numbers. Reported, not judged: a lag that stays up while the store is
   * quiet is the sign.
   */
  public record FeedLags(@Nullable LongSupplier index, @Nullable LongSupplier matching) {
    /** No feed to report (a test's endpoint). */
    public static final FeedLags NONE = new FeedLags(null, null);
  }

  private HealthEndpoint(HttpListener server) {
    this.server = server;
  }

  /**
   * Serves on {@code host:port}: {@code http.bind}, loopback unless the operator opens it (a
   * container's health check comes from outside it, so the image binds every interface).
   */
  public static HealthEndpoint start(String host, int port, Parts parts) throws Exception {
    return start(host, port, parts, FeedLags.NONE);
  }

  /**
   * Serves as above, reporting the index's and topic matching's lag behind the store in /healthz.
   */
  public static HealthEndpoint start(String host, int port, Parts parts, FeedLags lags)
      throws Exception {
    return new HealthEndpoint(
        HttpListener.start(
            "ops",
            host,
            port,
            HttpListener.Limits.DEFAULT,
            Map.of(
                "/healthz", exchange -> health(parts, lags),
                "/metrics", exchange -> metrics(parts.metrics()))));
  }

  public int port() {
    return server.port();
  }

  private static Answer metrics(Metrics metrics) {
    return new Answer(
        200,
        "text/plain; version=0.0.4; charset=utf-8",
        Map.of(),
        metrics.scrape().getBytes(StandardCharsets.UTF_8));
  }

  private static void putLags(ObjectNode body, FeedLags lags) {
    LongSupplier index = lags.index();
    LongSupplier matching = lags.matching();
    if (index == null || matching == null) {
      return;
    }
    ObjectNode feed = body.putObject("feed");
    try {
      feed.put("indexLag", index.getAsLong()).put("matchingLag", matching.getAsLong());
    } catch (RuntimeException e) {
      feed.put("error", e.getMessage());
    }
  }

  private static Answer health(Parts parts, FeedLags lags) {
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
        ObjectNode node =
            sources
                .addObject()
                .put("url", UrlRedaction.redact(source.url()))
                .put("consecutiveFailures", source.consecutiveFailures());
        node.put(
            "lastSuccessAt",
            source.lastSuccessAt() == null ? null : source.lastSuccessAt().toString());
        node.put("lastError", source.lastError());
      }
    } catch (RuntimeException e) {
      healthy = false;
    }
    putLags(body, lags);
    HealthStatus.write(body, healthy);
    return new Answer(
        healthy ? 200 : 503,
        "application/json",
        Map.of(),
        body.toPrettyString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
  }
}
