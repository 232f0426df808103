package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running bot's /healthz, as a container's health check reads it. */
class HealthEndpointIT {

  @TempDir Path temp;

  @Test
  void healthzReportsTheStoreTheIndexTheSchedulerAndTheAdapters() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path config = temp.resolve("radar.yaml");
    Files.writeString(config, "http:\n  port: " + port + "\n");
    HttpClient http = HttpClient.newHttpClient();
    AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
    AtomicReference<HttpResponse<String>> metrics = new AtomicReference<>();
    try (BotProcess bot = BotProcess.start(temp.resolve("bot.log"), "--data", temp.resolve("data").toString(),
        "--config", config.toString())) {
      boolean up = Conditions.await(Duration.ofSeconds(60), () -> {
        try {
          answer.set(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
              HttpResponse.BodyHandlers.ofString()));
          return true;
        } catch (Exception notYet) {
          return false;
        }
      });
      assertThat(up).as("healthz answered; log in %s", temp.resolve("bot.log")).isTrue();
      metrics.set(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()));
    }

    assertThat(metrics.get().statusCode()).isEqualTo(200);
    assertThat(metrics.get().headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith("text/plain"));
    assertThat(metrics.get().body()).contains("paperradar_papers_ingested_total", "jvm_memory_used_bytes");

    assertThat(answer.get().statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(answer.get().body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("store").get("ok").asBoolean()).isTrue();
    assertThat(body.get("index").get("ok").asBoolean()).isTrue();
    assertThat(body.get("scheduler").get("ok").asBoolean()).isTrue();
    assertThat(body.get("adapters").get("slack").asText()).isEqualTo("off (no SLACK_BOT_TOKEN)");
    assertThat(body.get("sources").isArray()).isTrue();
  }
}
