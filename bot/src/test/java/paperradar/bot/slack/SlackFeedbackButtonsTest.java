package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * 👍 and 👎 through Bolt in HTTP mode and the fake Slack: a press is stored, answered privately
 * beside the message, and a second press takes it back.
 */
class SlackFeedbackButtonsTest {

  private static final String CHANNEL = "C0LAB";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeSlack slack;
  private SlackAdapter adapter;
  private URI endpoint;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
    radar.ingest(
        "papers.xml",
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 21),
            "2611.00003",
            "Pointer Networks Revisited",
            "Pointers point.",
            "Grace Hopper"),
        LocalDate.of(2026, 11, 22));
    slack = new FakeSlack();
    Settings.Slack defaults = ConfigLoader.defaults().slack();
    adapter =
        new SlackAdapter(
            new Settings.Slack(Settings.Slack.Mode.HTTP, 0, defaults.path(), slack.apiUrl()),
            new SlackAdapter.Tokens(
                "xoxb-test-bot", "xapp-test-app", SlackAdapterTest.SIGNING_SECRET),
            radar.commands,
            radar.clock);
    adapter.start();
    endpoint = URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events");
  }

  @AfterEach
  void tearDown() throws Exception {
    adapter.close();
    slack.close();
    radar.close();
  }

  @Test
  void aThumbsUpPressIsStoredAnsweredPrivatelyAndAPressAgainTakesItBack() throws Exception {
    post(
        "command=%2Fpapers&text="
            + URLEncoder.encode("paper 2611.00003", StandardCharsets.UTF_8)
            + "&team_id="
            + FakeSlack.TEAM
            + "&channel_id="
            + CHANNEL
            + "&user_id=U0ADA"
            + "&response_url="
            + URLEncoder.encode(slack.newResponseUrl(), StandardCharsets.UTF_8)
            + "&trigger_id=1.2.3&api_app_id=A0APP&token=legacy");
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 1)).isTrue();
    List<JsonNode> buttons = feedbackButtons(slack.responses.getFirst());
    assertThat(buttons)
        .extracting(button -> button.path("text").path("text").asText())
        .containsExactly("👍", "👎");
    JsonNode like = buttons.getFirst();
    assertThat(like.path("action_id").asText()).isEqualTo("papers_feedback_like_1");
    assertThat(like.path("value").asText()).isEqualTo("like 2611.00003");
    ChannelRef here = ChannelRef.slack(FakeSlack.TEAM, CHANNEL);

    press(like);

    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 2)).isTrue();
    JsonNode noted = slack.responses.get(1);
    assertThat(noted.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(noted.path("replace_original").asBoolean())
        .as("the paper's message stays as it was")
        .isFalse();
    assertThat(noted.path("text").asText()).contains("👍 noted for “Pointer Networks Revisited”");
    assertThat(radar.radar.feedback().feedback(here))
        .singleElement()
        .satisfies(given -> assertThat(given.givenBy()).isEqualTo("U0ADA"));

    press(like);

    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 3)).isTrue();
    assertThat(slack.responses.get(2).path("text").asText()).contains("👍 taken back");
    assertThat(radar.radar.feedback().feedback(here)).isEmpty();
  }

  private static List<JsonNode> feedbackButtons(JsonNode message) {
    return StreamSupport.stream(message.path("blocks").spliterator(), false)
        .filter(block -> block.path("type").asText().equals("actions"))
        .flatMap(block -> StreamSupport.stream(block.path("elements").spliterator(), false))
        .filter(
            button ->
                button.path("action_id").asText().startsWith(BlockKitRenderer.FEEDBACK_PREFIX))
        .toList();
  }

  private void press(JsonNode button) throws Exception {
    String payload =
        """
        {"type":"block_actions","team":{"id":"%s","domain":"lab"},"user":{"id":"U0ADA","username":"ada","team_id":"%s"},
         "api_app_id":"A0APP","token":"legacy","container":{"type":"message","message_ts":"1.0001","channel_id":"%s",
         "is_ephemeral":false},"trigger_id":"1.2.4","channel":{"id":"%s","name":"lab"},"response_url":"%s",
         "actions":[{"action_id":"%s","block_id":"b1","text":{"type":"plain_text","text":"x"},
         "value":"%s","type":"button","action_ts":"1.0002"}]}"""
            .formatted(
                FakeSlack.TEAM,
                FakeSlack.TEAM,
                CHANNEL,
                CHANNEL,
                slack.newResponseUrl(),
                button.path("action_id").asText(),
                button.path("value").asText());
    post("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
  }

  private void post(String body) throws Exception {
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", SlackAdapterTest.sign(body, now))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
