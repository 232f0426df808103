package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.SharedData;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * HTTP mode against the signed slash command Slack published with its signing-secret test vector
 * ({@code ../shared/fixtures}): the tests sign exactly as Slack does, and the real request,
 * replayed years later, is refused as stale.
 */
class SlackCapturesAcceptanceTest {

  @TempDir Path temp;

  @Test
  void thePublishedRequestVerifiesByTheVectorAndIsRefusedAsAReplay() throws Exception {
    String body =
        Files.readString(
                SharedData.require(
                    "fixtures/slack_slash_command_body_slack_published_signed_2018.txt"))
            .strip();
    JsonNode headers =
        new ObjectMapper()
            .readTree(
                SharedData.require(
                        "fixtures/slack_slash_command_body_slack_published_signed_2018.headers.json")
                    .toFile());
    long timestamp = headers.path("X-Slack-Request-Timestamp").asLong();
    String signature = headers.path("X-Slack-Signature").asText();
    assertThat(headers.path("signing_secret_public_test_vector").asText())
        .isEqualTo(SlackAdapterTest.SIGNING_SECRET);

    assertThat(SlackAdapterTest.sign(body, timestamp))
        .as("the tests sign as Slack does")
        .isEqualTo(signature);

    try (RadarFixture radar =
            new RadarFixture(
                TestDatabase.Kind.H2,
                temp,
                new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
        FakeSlack slack = new FakeSlack();
        SlackAdapter adapter =
            new SlackAdapter(
                new Settings.Slack(
                    Settings.Slack.Mode.HTTP,
                    0,
                    ConfigLoader.defaults().slack().path(),
                    slack.apiUrl()),
                new SlackAdapter.Tokens("xoxb-test", null, SlackAdapterTest.SIGNING_SECRET),
                radar.commands,
                radar.clock)) {
      adapter.start();
      HttpResponse<String> replayed =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
                      .header("Content-Type", headers.path("Content-Type").asText())
                      .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                      .header("X-Slack-Signature", signature)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(replayed.statusCode()).as("a genuine signature, but from 2018").isEqualTo(401);
      assertThat(slack.responses).isEmpty();
    }
  }
}
