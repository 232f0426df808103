package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.cli.CliRuns;
import paperradar.core.fixtures.BenchChannels;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.Platform;
import paperradar.core.store.Database;

/**
 * The bundled default sources (Hugging Face's daily_papers hourly, arXiv's RSS for four categories
 * daily), with no internet: pointed at a local server that answers 503 to everything, each fails on
 * its own, warns once, backs off and shows failing on /healthz, while a command still answers and a
 * digest still goes out.
 */
class DefaultSourcesOfflineIT {

  private static final String HF_PATH = "/api/daily_papers";
  private static final String ARXIV_PATH = "/rss/cs.AI+cs.CL+cs.CV+cs.LG";

  @TempDir Path temp;

  @Test
  void eachDefaultSourceWarnsOnceBacksOffAndShowsFailingWhileCommandsAndDigestsGoOn()
      throws Exception {
    Map<String, Integer> requests = new ConcurrentHashMap<>();
    HttpServer down =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    down.createContext(
        "/",
        exchange -> {
          try (exchange) {
            requests.merge(exchange.getRequestURI().getRawPath(), 1, Integer::sum);
            exchange.sendResponseHeaders(503, -1);
          }
        });
    down.start();
    String base = "http://127.0.0.1:" + down.getAddress().getPort();
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path data = temp.resolve("data");
    Path log = temp.resolve("bot.log");
    try (FakeWebhook chat = new FakeWebhook(16, 0)) {
      // No `sources` key: the bundled defaults are what polls.
      Path config = temp.resolve("radar.yaml");
      Files.writeString(
          config,
          """
          http:
            port: %d
          digest:
            sweepSeconds: 1
          webhook:
            url: "%s"
          """
              .formatted(port, chat.url()));
      assertThat(
              CliRuns.run(data, "ingest", fixture("daily-papers-nov22.json").toString()).exitCode())
          .isZero();
      try (Database database = Database.embedded(data)) {
        BenchChannels.addDueNow(database.dataSource(), Platform.WEBHOOK, "offline", 0, 1);
      }

      try (BotProcess bot =
          BotProcess.startWithConsole(
              log,
              Map.of(
                  "PAPERRADAR_DEFAULT_SOURCES", "on", "PAPERRADAR_DEFAULT_SOURCES_BASE_URL", base),
              "--data",
              data.toString(),
              "--config",
              config.toString())) {
        AtomicReference<JsonNode> health = new AtomicReference<>();
        assertThat(
                Conditions.await(
                    Duration.ofSeconds(90),
                    () -> bothFailing(health, port) && logContains(log, "papers> ")))
            .as(
                "healthz showed both default sources failing; last answer %s; the log ends:%n%s",
                health.get(), BotProcess.logTail(log, 40))
            .isTrue();

        assertThat(asksUntilAnswered(bot, log, Duration.ofSeconds(30)))
            .as("a command answered; the log ends:%n%s", BotProcess.logTail(log, 40))
            .isTrue();
        assertThat(Conditions.await(Duration.ofSeconds(60), () -> chat.channelsServed() == 1))
            .as("the digest went out; the log ends:%n%s", BotProcess.logTail(log, 40))
            .isTrue();

        assertThat(bot.isAlive()).isTrue();
        JsonNode sources = health.get().get("sources");
        assertThat(sources)
            .extracting(source -> source.get("url").asText())
            .containsExactlyInAnyOrder(base + HF_PATH, base + ARXIV_PATH);
        for (JsonNode source : sources) {
          assertThat(source.get("consecutiveFailures").asInt()).isEqualTo(1);
          assertThat(source.get("lastError").asText()).contains("503");
        }
      }
    } finally {
      down.stop(0);
    }

    // Backing off: one request each, not a retry loop, and one warning each in the whole run.
    assertThat(requests).containsOnly(Map.entry(HF_PATH, 1), Map.entry(ARXIV_PATH, 1));
    List<String> warnings =
        Files.readAllLines(log).stream()
            .filter(line -> line.contains("polling ") && line.contains(" failed ("))
            .toList();
    assertThat(warnings)
        .as("the log's failure warnings")
        .hasSize(2)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("polling " + base + HF_PATH + " failed (1 in a row)", "next try in"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(
                        "polling " + base + ARXIV_PATH + " failed (1 in a row)", "next try in"));
  }

  private static boolean bothFailing(AtomicReference<JsonNode> health, int port) {
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode body = new ObjectMapper().readTree(answer.body());
      health.set(body);
      JsonNode sources = body.path("sources");
      if (sources.size() != 2) {
        return false;
      }
      for (JsonNode source : sources) {
        if (source.path("consecutiveFailures").asInt() < 1) {
          return false;
        }
      }
      return true;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Asks the console to search about every half second until its answer shows the paper. */
  private static boolean asksUntilAnswered(BotProcess bot, Path log, Duration within)
      throws InterruptedException {
    Writer console = bot.console();
    int[] polls = {0};
    return Conditions.await(
        within,
        () -> {
          if (polls[0]++ % 10 == 0) {
            try {
              console.write("/papers search llamas\n");
              console.flush();
            } catch (IOException e) {
              return false;
            }
          }
          return logContains(log, "Herding Llamas");
        });
  }

  private static boolean logContains(Path log, String text) {
    try {
      return Files.exists(log) && Files.readString(log).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private Path fixture(String name) throws IOException {
    Path target = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }
}
