package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.chat.AdapterScenes;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.bot.ops.HealthEndpoint;
import paperradar.bot.ops.Metrics;
import paperradar.core.fixtures.Conditions;
import paperradar.core.poll.JdbcSourceHealthStore;
import paperradar.core.service.RadarFixture;

/**
 * Slack's HTTP mode and the operations port as an attacker meets them, on loopback: idle half-sent
 * requests, future and replayed requests (also to a second process on the same database), malformed
 * bodies.
 */
class SlackHttpHardeningTest {

  /** What the slowloris test promises, once the process is warm. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

  /** Elsewhere a bound for a loaded CI machine: those tests are about status codes, not speed. */
  private static final Duration ANSWER_BOUND = Duration.ofSeconds(15);

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeSlack slack;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
  private Duration timeout = ANSWER_BOUND;

  @BeforeEach
  void setUp() throws Exception {
    radar = AdapterScenes.slackCommandDay(temp);
    slack = new FakeSlack();
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
    slack.close();
    radar.close();
  }

  /**
   * An HTTP-mode adapter on port 0 that records signatures in the fixture's database, as `run`
   * does.
   */
  private URI startSlack() throws Exception {
    Settings.Slack settings =
        new Settings.Slack(
            Settings.Slack.Mode.HTTP, 0, ConfigLoader.defaults().slack().path(), slack.apiUrl());
    SlackAdapter adapter =
        new SlackAdapter(
            settings,
            new SlackAdapter.Tokens("xoxb-test-bot", null, SlackAdapterTest.SIGNING_SECRET),
            radar.commands,
            radar.clock,
            radar.db.database().dataSource());
    open.add(adapter);
    adapter.start();
    return URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events");
  }

  private int post(URI endpoint, String body, Long timestamp, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request
          .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
          .header("X-Slack-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int postSigned(URI endpoint, String body, long timestamp) throws Exception {
    return post(endpoint, body, timestamp, SlackAdapterTest.sign(body, timestamp));
  }

  private String command(String text) {
    return "team_id="
        + FakeSlack.TEAM
        + "&channel_id=C0LAB&user_id=U0ADA&command=%2Fpapers&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&response_url="
        + URLEncoder.encode(slack.newResponseUrl(), StandardCharsets.UTF_8)
        + "&trigger_id=1.2.3";
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  @Test
  void threeHundredIdleHalfSentRequestsBlockNeitherHealthzNorASignedCommand() throws Exception {
    URI endpoint = startSlack();
    HealthEndpoint health =
        HealthEndpoint.start(
            "127.0.0.1",
            0,
            new HealthEndpoint.Parts(
                radar.store,
                radar.index,
                () -> true,
                Map.of("slack", "on (http mode)"),
                List.of(),
                new JdbcSourceHealthStore(radar.db.database().dataSource()),
                new Metrics()));
    open.add(health);
    URI healthz = URI.create("http://127.0.0.1:" + health.port() + "/healthz");
    // Warm: the first command loads Bolt's classes and the index; what is measured is the idle
    // connections' cost.
    assertThat(
            http.send(
                    HttpRequest.newBuilder(healthz).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(200);
    assertThat(postSigned(endpoint, command("search warm"), now())).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 1)).isTrue();
    List<Socket> idle = new ArrayList<>();
    open.add(
        () -> {
          for (Socket socket : idle) {
            socket.close();
          }
        });
    for (int port : new int[] {health.port(), endpoint.getPort()}) {
      for (int i = 0; i < 300; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        idle.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    }

    timeout = ANSWER_WITHIN;
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(healthz).timeout(ANSWER_WITHIN).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"status\" : \"ok\"");
    assertThat(postSigned(endpoint, command("search diffusion"), now())).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 2)).isTrue();
    assertThat(slack.responses.get(1).toString()).contains("Diffusion Models for Sheep");
    assertThat(stillOpen(idle))
        .as("the idle connections are held, not dropped to make room")
        .isEqualTo(600);
  }

  @Test
  void aRequestStampedInTheFutureIsRefusedAndDoesNotRun() throws Exception {
    URI endpoint = startSlack();

    assertThat(postSigned(endpoint, command("search diffusion"), now() + 6 * 60)).isEqualTo(401);
    assertThat(
            postSigned(
                endpoint, command("search diffusion"), now() + Duration.ofDays(3653).toSeconds()))
        .isEqualTo(401);
    assertThat(postSigned(endpoint, command("search diffusion"), now() - 6 * 60)).isEqualTo(401);

    assertThat(postSigned(endpoint, command("search diffusion"), now()))
        .as("a fresh one runs")
        .isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 1)).isTrue();
    assertThat(slack.responses).hasSize(1);
  }

  @Test
  void aReplayedRequestIsRefusedHereAndByAnotherProcessOnTheSameDatabase() throws Exception {
    URI first = startSlack();
    URI second = startSlack();
    String body = command("search diffusion");
    long at = now();

    assertThat(postSigned(first, body, at)).isEqualTo(200);
    assertThat(postSigned(first, body, at)).as("second time").isEqualTo(401);
    assertThat(postSigned(first, body, at)).as("third time").isEqualTo(401);
    assertThat(postSigned(second, body, at)).as("replayed to the other process").isEqualTo(401);

    String other = command("search sheep");
    assertThat(postSigned(second, other, at))
        .as("a new request to the other process")
        .isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 2)).isTrue();
    assertThat(slack.responses).hasSize(2);
  }

  @Test
  void malformedBodiesGetAnAnswerAtOnce() throws Exception {
    URI endpoint = startSlack();

    assertThat(post(endpoint, "text=%ZZ", null, null)).isEqualTo(401);
    assertThat(post(endpoint, "payload=", null, null)).isEqualTo(401);
    assertThat(post(endpoint, "payload=%7B%22type%22%3A", null, null)).isEqualTo(401);
    assertThat(postSigned(endpoint, "payload=%7B%22type%22%3A", now())).isEqualTo(400);
    assertThat(postSigned(endpoint, "text=%ZZ", now() - 1)).isEqualTo(400);
    assertThat(slack.responses).isEmpty();
  }

  /** How many of the sockets the server still holds open, waiting for the rest of their request. */
  private static int stillOpen(List<Socket> sockets) throws IOException {
    int open = 0;
    for (Socket socket : sockets) {
      socket.setSoTimeout(1);
      try {
        socket.getInputStream().read();
        // -1 (closed by the server) or a byte (an answer to half a request): not held
      } catch (java.net.SocketTimeoutException stillWaiting) {
        open++;
      } catch (IOException reset) {
        // reset by the server: not held
      }
    }
    return open;
  }
}
