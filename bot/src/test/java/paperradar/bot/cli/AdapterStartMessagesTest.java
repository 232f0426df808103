package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.chat.Secrets;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * An adapter that cannot start says why in one line, the real cause: a host that does not resolve
 * (a {@code .invalid} name, which fails DNS without leaving the machine) or a token the platform
 * refuses (a local fake Web API).
 */
class AdapterStartMessagesTest {

  private static final Map<String, String> SLACK_TOKENS =
      Map.of("SLACK_BOT_TOKEN", "xoxb-refused-secret", "SLACK_APP_TOKEN", "xapp-refused-secret");

  @TempDir Path temp;
  private HttpServer fake;
  private final List<String> called = new ArrayList<>();

  @AfterEach
  void stopFake() {
    if (fake != null) {
      fake.stop(0);
    }
  }

  /** A Web API that refuses every token: Slack's invalid_auth on 200, Discord's 401. */
  private String refusingApi() throws IOException {
    fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext(
        "/",
        exchange -> {
          called.add(exchange.getRequestURI().getPath());
          boolean discord = exchange.getRequestURI().getPath().startsWith("/discord/");
          byte[] body =
              (discord
                      ? "{\"message\": \"401: Unauthorized\", \"code\": 0}"
                      : "{\"ok\":false,\"error\":\"invalid_auth\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(discord ? 401 : 200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    fake.start();
    return "http://127.0.0.1:" + fake.getAddress().getPort();
  }

  private String startFailure(Map<String, String> environment) {
    Settings settings = ConfigLoader.load(Optional.empty(), environment);
    try (RadarFixture radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")))) {
      ChatAdapters chat =
          ChatAdapters.choose(
              settings, Secrets.load(environment), radar.commands, radar.radar, radar.clock);
      try {
        chat.start();
      } catch (ChatAdapters.AdapterStartException e) {
        return e.getMessage();
      } catch (Exception e) {
        throw new AssertionError("not an AdapterStartException", e);
      } finally {
        chat.closeAll();
      }
      throw new AssertionError("the adapter started");
    }
  }

  private static Map<String, String> with(Map<String, String> a, String key, String value) {
    Map<String, String> all = new java.util.HashMap<>(a);
    all.put(key, value);
    return all;
  }

  @Test
  void slackWithAnUnresolvableHostSaysDnsAndNotTheToken() {
    String message =
        startFailure(with(SLACK_TOKENS, "PAPERRADAR_SLACK_API_URL", "https://slack.invalid/api/"));

    assertThat(message).isEqualTo("slack: cannot reach slack.invalid (DNS)");
  }

  @Test
  void slackWithTheTokenRefusedSaysInvalidAuth() throws Exception {
    String message =
        startFailure(with(SLACK_TOKENS, "PAPERRADAR_SLACK_API_URL", refusingApi() + "/api/"));

    assertThat(message).isEqualTo("slack: the bot token was refused (invalid_auth)");
    assertThat(called).contains("/api/auth.test");
  }

  @Test
  void discordWithAnUnresolvableHostSaysDns() {
    String message =
        startFailure(
            Map.of(
                "DISCORD_TOKEN",
                "refused-secret",
                "PAPERRADAR_DISCORD_API_URL",
                "https://discord.invalid/api/v10/"));

    assertThat(message).isEqualTo("discord: cannot reach discord.invalid (DNS)");
  }

  @Test
  void discordWithTheTokenRefusedSaysSo() throws Exception {
    String message =
        startFailure(
            Map.of(
                "DISCORD_TOKEN",
                "refused-secret",
                "PAPERRADAR_DISCORD_API_URL",
                refusingApi() + "/discord/api/v10/"));

    assertThat(message).isEqualTo("discord: the bot token was refused (HTTP 401 from users/@me)");
    assertThat(called).containsExactly("/discord/api/v10/users/@me");
  }

  @Test
  void noMessageHoldsAToken() throws Exception {
    String slack =
        startFailure(with(SLACK_TOKENS, "PAPERRADAR_SLACK_API_URL", refusingApi() + "/api/"));
    assertThat(slack).doesNotContain("secret");
    assertThatThrownBy(
            () -> {
              throw new ChatAdapters.AdapterStartException(slack, null);
            })
        .hasMessageNotContaining("xoxb");
  }
}
