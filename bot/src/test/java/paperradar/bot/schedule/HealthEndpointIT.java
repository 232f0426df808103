package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.fixtures.Conditions;

/** The running bot's /healthz, as a container's health check reads it. */
class HealthEndpointIT {

  @TempDir Path temp;

  /** One arXiv API answer with one paper, served by the feed the bot polls. */
  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>arXiv Query: cat:cs.LG</title>
        <id>http://arxiv.org/api/health</id>
        <updated>2026-11-22T00:00:00Z</updated>
        <entry>
          <id>http://arxiv.org/abs/2611.05555v1</id>
          <published>2026-11-21T10:00:00Z</published>
          <updated>2026-11-21T10:00:00Z</updated>
          <title>Health Checks for Long-Running Bots</title>
          <summary>A paper the health endpoint's source serves.</summary>
          <author><name>Ada Poll</name></author>
        </entry>
      </feed>
      """;

  @Test
  void healthzReportsTheStoreTheIndexTheSchedulerTheAdaptersAndEachSourcesLastFetch()
      throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feed.createContext(
        "/feed.xml",
        exchange -> {
          byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    feed.start();
    String feedUrl = "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml";
    Path config = temp.resolve("radar.yaml");
    Files.writeString(config, "http:\n  port: " + port + "\nsources:\n  - url: " + feedUrl + "\n");
    HttpClient http = HttpClient.newHttpClient();
    AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
    AtomicReference<HttpResponse<String>> metrics = new AtomicReference<>();
    try (BotProcess bot =
        BotProcess.start(
            temp.resolve("bot.log"),
            "--data",
            temp.resolve("data").toString(),
            "--config",
            config.toString())) {
      // Up, and the source fetched once: its last success is what an operator looks for.
      boolean fetched =
          Conditions.await(
              Duration.ofSeconds(60),
              () -> {
                try {
                  answer.set(
                      http.send(
                          HttpRequest.newBuilder(
                                  URI.create("http://127.0.0.1:" + port + "/healthz"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString()));
                  return new ObjectMapper()
                      .readTree(answer.get().body())
                      .at("/sources/0/lastSuccessAt")
                      .isTextual();
                } catch (Exception notYet) {
                  return false;
                }
              });
      assertThat(fetched)
          .as(
              "healthz showed the source fetched; log in %s, last answer %s",
              temp.resolve("bot.log"), answer.get() == null ? null : answer.get().body())
          .isTrue();
      metrics.set(
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
              HttpResponse.BodyHandlers.ofString()));
    }

    assertThat(metrics.get().statusCode()).isEqualTo(200);
    assertThat(metrics.get().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> type.startsWith("text/plain"));
    assertThat(metrics.get().body())
        .contains("paperradar_papers_ingested_total", "jvm_memory_used_bytes");

    assertThat(answer.get().statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(answer.get().body());
    // Headless with no chat adapter: up, but delivering to nobody.
    assertThat(body.get("status").asText()).isEqualTo("degraded");
    assertThat(body.get("reasons").toString()).isEqualTo("[\"no chat adapter is on\"]");
    assertThat(body.get("store").get("ok").asBoolean()).isTrue();
    assertThat(body.get("index").get("ok").asBoolean()).isTrue();
    assertThat(body.get("scheduler").get("ok").asBoolean()).isTrue();
    assertThat(body.get("adapters").get("slack").asText()).isEqualTo("off (no SLACK_BOT_TOKEN)");
    JsonNode source = body.get("sources").get(0);
    assertThat(source.get("url").asText()).isEqualTo(feedUrl);
    assertThat(source.get("consecutiveFailures").asInt()).isZero();
    assertThat(source.get("lastError").isNull()).isTrue();
    assertThat(body.get("store").get("papers").asLong())
        .as("the feed's paper, stored (headless loads no sample)")
        .isEqualTo(1);
    feed.stop(0);
  }
}
