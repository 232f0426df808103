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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.chat.AdapterScenes;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.command.CommandService;
import paperradar.core.fixtures.Conditions;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;

/**
 * The Slack adapter end to end: Bolt for Java, in Socket Mode and in HTTP mode, against a local
 * fake Slack (Web API, response URLs, Socket Mode WebSocket), on the real store and index.
 */
class SlackAdapterTest {

  static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String CHANNEL = "C0LAB";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeSlack slack;
  private SlackAdapter adapter;

  @BeforeEach
  void setUp() throws Exception {
    radar = AdapterScenes.slackCommandDay(temp);
    slack = new FakeSlack();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (adapter != null) {
      adapter.close();
    }
    slack.close();
    radar.close();
  }

  private Settings.Slack settings(Settings.Slack.Mode mode) {
    Settings.Slack defaults = ConfigLoader.defaults().slack();
    return new Settings.Slack(mode, 0, defaults.path(), slack.apiUrl());
  }

  private void start(Settings.Slack.Mode mode) throws Exception {
    adapter =
        new SlackAdapter(
            settings(mode),
            new SlackAdapter.Tokens("xoxb-test-bot", "xapp-test-app", SIGNING_SECRET),
            radar.commands,
            radar.clock);
    adapter.start();
  }

  @Test
  void socketModeAcksEveryCommandAndAnswersThroughTheResponseUrl() throws Exception {
    start(Settings.Slack.Mode.SOCKET);
    assertThat(Conditions.await(WAIT, () -> !slack.socket().connections.isEmpty())).isTrue();
    assertThat(slack.methodsCalled).contains("auth.test", "apps.connections.open");
    assertThat(slack.authorizations).contains("Bearer xapp-test-app", "Bearer xoxb-test-bot");

    Map<String, String> expectations = new LinkedHashMap<>();
    expectations.put("trending week", "in_channel|Trending in the last 7 d");
    expectations.put("search diffusion", "in_channel|Diffusion Models for Sheep");
    expectations.put("search diffusion --private", "ephemeral|Diffusion Models for Sheep");
    expectations.put("paper 2611.00003", "in_channel|Pointer Networks Revisited");
    expectations.put("similar 2611.00001", "in_channel|similarity 0.");
    expectations.put("similar 2611.00003 --private", "ephemeral|Papers similar to");
    expectations.put("subscribe ~\"sheep diffusion\"", "ephemeral|a semantic topic");
    expectations.put("unsubscribe 1", "ephemeral|no longer follows");
    expectations.put("subscribe pointer networks", "ephemeral|now follows");
    expectations.put("topics", "ephemeral|pointer networks");
    expectations.put("digest at 07:30 Europe/Berlin", "ephemeral|07:30");
    expectations.put("digest daily", "ephemeral|every day");
    expectations.put("digest empty say", "ephemeral|says so");
    expectations.put("digest off", "ephemeral|off");
    expectations.put("digest on", "ephemeral|on");
    expectations.put("digest", "ephemeral|07:30");
    expectations.put("digest preview", "ephemeral|Pointer Networks Revisited");
    expectations.put("unsubscribe 1", "ephemeral|no longer follows");
    expectations.put("help", "ephemeral|/papers trending");
    expectations.put("help search", "ephemeral|/papers search");
    expectations.put("fly to the moon", "ephemeral|/papers help");
    int envelope = 0;
    for (Map.Entry<String, String> expectation : expectations.entrySet()) {
      String id = "env-" + ++envelope;
      int before = slack.responses.size();
      slack
          .socket()
          .sendSlashCommand(id, CHANNEL, "U0ADA", expectation.getKey(), slack.newResponseUrl());
      assertThat(Conditions.await(WAIT, () -> slack.socket().acked(id)))
          .as("ack of %s", expectation.getKey())
          .isTrue();
      assertThat(Conditions.await(WAIT, () -> slack.responses.size() > before))
          .as(expectation.getKey())
          .isTrue();
      JsonNode response = slack.responses.get(before);
      String[] expected = expectation.getValue().split("\\|");
      assertThat(response.path("response_type").asText())
          .as(expectation.getKey())
          .isEqualTo(expected[0]);
      assertThat(response.toString()).as(expectation.getKey()).contains(expected[1]);
    }
  }

  @Test
  void theAckComesFirstAndSlowWorkAnswersAfterIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CommandService slow = AdapterScenes.heldUntil(release, radar.commands);
    adapter =
        new SlackAdapter(
            settings(Settings.Slack.Mode.SOCKET),
            new SlackAdapter.Tokens("xoxb-test-bot", "xapp-test-app", null),
            slow,
            radar.clock);
    adapter.start();
    assertThat(Conditions.await(WAIT, () -> !slack.socket().connections.isEmpty())).isTrue();

    slack
        .socket()
        .sendSlashCommand("env-slow", CHANNEL, "U0ADA", "trending week", slack.newResponseUrl());

    assertThat(Conditions.await(WAIT, () -> slack.socket().acked("env-slow"))).isTrue();
    assertThat(slack.responses).as("nothing answered while the work is still running").isEmpty();
    release.countDown();
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 1)).isTrue();
    assertThat(slack.responses.getFirst().toString()).contains("Trending in the last 7 d");
  }

  @Test
  void untrustedTextReachesSlackEscapedAndCannotPing() throws Exception {
    start(Settings.Slack.Mode.SOCKET);
    assertThat(Conditions.await(WAIT, () -> !slack.socket().connections.isEmpty())).isTrue();

    slack
        .socket()
        .sendSlashCommand("env-ping", CHANNEL, "U0ADA", "paper 2611.00002", slack.newResponseUrl());
    assertThat(Conditions.await(WAIT, () -> !slack.responses.isEmpty())).isTrue();

    String shown = slack.responses.getFirst().toString();
    assertThat(shown).doesNotContain("<!channel>", "<!here>", "<@U123>", "<https://evil.test");
    assertThat(shown).contains("&lt;!channel&gt;", "&lt;!here&gt;", "&lt;@U123&gt;");
    assertThat(shown).contains("@\u200Beveryone").doesNotContain("@everyone");
    // *now* would turn bold in mrkdwn; a zero-width space keeps it literal.
    assertThat(shown).contains("\u200B*now\u200B*");
  }

  @Test
  void httpModeVerifiesSignaturesAndAnswersSignedCommandsAndButtons() throws Exception {
    start(Settings.Slack.Mode.HTTP);
    URI endpoint = URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events");
    HttpClient http = HttpClient.newHttpClient();

    String body = slashCommandForm("search diffusion", slack.newResponseUrl());
    long now = Instant.now().getEpochSecond();
    assertThat(post(http, endpoint, body, now, sign(body, now)).statusCode()).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 1)).isTrue();
    assertThat(slack.responses.getFirst().path("response_type").asText()).isEqualTo("in_channel");
    assertThat(slack.responses.getFirst().toString()).contains("Diffusion Models for Sheep");

    assertThat(post(http, endpoint, body, now, "v0=" + "0".repeat(64)).statusCode()).isEqualTo(401);
    long stale = now - 6 * 60;
    assertThat(post(http, endpoint, body, stale, sign(body, stale)).statusCode()).isEqualTo(401);
    String tampered = body.replace("diffusion", "sheep");
    assertThat(post(http, endpoint, tampered, now, sign(body, now)).statusCode()).isEqualTo(401);

    String press =
        "payload="
            + URLEncoder.encode(
                buttonPayload("search sheep OR pointer page 2", slack.newResponseUrl()),
                StandardCharsets.UTF_8);
    assertThat(post(http, endpoint, press, now, sign(press, now)).statusCode()).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 2)).isTrue();
    JsonNode page = slack.responses.get(1);
    assertThat(page.path("replace_original").asBoolean()).isTrue();
    assertThat(page.toString()).contains("No page 2: 2 papers match sheep OR pointer");
    // Only the signed requests ran: one command and one button.
    assertThat(slack.responses).hasSize(2);
  }

  @Test
  void theNextButtonOfASearchPagesToItsSecondPage() throws Exception {
    String[] flock = new String[7 * 4];
    for (int i = 0; i < 7; i++) {
      flock[i * 4] = "2611.001%02d".formatted(i);
      flock[i * 4 + 1] = "Counting Sheep, Part " + (i + 1);
      flock[i * 4 + 2] = "Sheep, counted once more.";
      flock[i * 4 + 3] = "Shepherd " + (i + 1);
    }
    radar.ingest(
        "flock.xml",
        PapersCommandServiceTestFeeds.atom(LocalDate.of(2026, 11, 21), flock),
        LocalDate.of(2026, 11, 22));
    start(Settings.Slack.Mode.HTTP);
    URI endpoint = URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events");
    HttpClient http = HttpClient.newHttpClient();
    long now = Instant.now().getEpochSecond();

    String body = slashCommandForm("search sheep", slack.newResponseUrl());
    assertThat(post(http, endpoint, body, now, sign(body, now)).statusCode()).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 1)).isTrue();
    JsonNode first = slack.responses.getFirst();
    assertThat(first.toString()).contains("1–5 of 8");
    JsonNode next =
        java.util.stream.StreamSupport.stream(first.path("blocks").spliterator(), false)
            .filter(block -> block.path("type").asText().equals("actions"))
            .flatMap(
                block ->
                    java.util.stream.StreamSupport.stream(
                        block.path("elements").spliterator(), false))
            .filter(button -> button.path("text").path("text").asText().equals("Next"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Next button in " + first));
    assertThat(next.path("value").asText()).isEqualTo("search sheep page 2");

    String press =
        "payload="
            + URLEncoder.encode(
                buttonPayload(next.path("value").asText(), slack.newResponseUrl()),
                StandardCharsets.UTF_8);
    assertThat(post(http, endpoint, press, now, sign(press, now)).statusCode()).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() == 2)).isTrue();
    JsonNode second = slack.responses.get(1);
    assertThat(second.path("replace_original").asBoolean()).isTrue();
    assertThat(second.toString()).contains("6–8 of 8", "Previous").doesNotContain("\"Next\"");
    java.util.Set<String> onFirst = sheepTitles(first);
    java.util.Set<String> onSecond = sheepTitles(second);
    assertThat(onFirst).hasSize(5).doesNotContainAnyElementsOf(onSecond);
    assertThat(onSecond).hasSize(3);
  }

  private static java.util.Set<String> sheepTitles(JsonNode page) {
    return java.util.regex.Pattern.compile("Counting Sheep, Part \\d|Diffusion Models for Sheep")
        .matcher(page.path("blocks").toString())
        .results()
        .map(java.util.regex.MatchResult::group)
        .collect(Collectors.toSet());
  }

  private static HttpResponse<String> post(
      HttpClient http, URI endpoint, String body, long timestamp, String signature)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Slack's request signature: v0= hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
  static String sign(String body, long timestamp) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "v0="
        + HexFormat.of()
            .formatHex(
                mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
  }

  private static String slashCommandForm(String text, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", FakeSlack.TEAM);
    form.put("team_domain", "lab");
    form.put("channel_id", CHANNEL);
    form.put("channel_name", "lab");
    form.put("user_id", "U0ADA");
    form.put("user_name", "ada");
    form.put("command", "/papers");
    form.put("text", text);
    form.put("api_app_id", "A0APP");
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String buttonPayload(String commandLine, String responseUrl) {
    return """
        {"type":"block_actions","team":{"id":"%s","domain":"lab"},"user":{"id":"U0ADA","username":"ada","team_id":"%s"},
         "api_app_id":"A0APP","token":"legacy","container":{"type":"message","message_ts":"1.0001","channel_id":"%s",
         "is_ephemeral":false},"trigger_id":"1.2.4","channel":{"id":"%s","name":"lab"},"response_url":"%s",
         "actions":[{"action_id":"papers_cmd_0","block_id":"b1","text":{"type":"plain_text","text":"Next"},
         "value":"%s","type":"button","action_ts":"1.0002"}]}"""
        .formatted(FakeSlack.TEAM, FakeSlack.TEAM, CHANNEL, CHANNEL, responseUrl, commandLine);
  }
}
