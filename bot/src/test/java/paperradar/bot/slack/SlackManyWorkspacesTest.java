package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.bot.config.Settings;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * Slack for many workspaces end to end: Bolt in HTTP mode with OAuth against the fake Slack, on the
 * real store. Install, the redirect and its state, two teams' commands and digests with their own
 * tokens, uninstall and reinstall.
 */
class SlackManyWorkspacesTest {

  private static final Instant MONDAY_8 = Instant.parse("2026-11-23T08:00:00Z");
  private static final String CLIENT_ID = "1234567890.0987654321";
  private static final String PUBLIC_URL = "https://radar.example.org";
  private static final String KEY =
      Base64.getEncoder()
          .encodeToString(
              new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                24, 25, 26, 27, 28, 29, 30, 31, 32
              });
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ALPHA = "T0ALPHA";
  private static final String BETA = "T0BETA";

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeSlack slack;
  private SlackAdapter adapter;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  void open(TestDatabase.Kind kind) throws Exception {
    radar =
        new RadarFixture(
            kind, temp, new RadarFixture.MutableClock(MONDAY_8.minus(Duration.ofHours(2))));
    radar.ingest(
        "papers.xml",
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 22),
            "2611.00002",
            "Herding Llamas",
            "Llamas, herded.",
            "Grace Hopper"),
        LocalDate.of(2026, 11, 23));
    slack = new FakeSlack();
    Settings.Slack settings =
        new Settings.Slack(
            Settings.Slack.Mode.HTTP,
            0,
            "/slack/events",
            slack.apiUrl(),
            CLIENT_ID,
            "/slack/install",
            "/slack/oauth_redirect",
            PUBLIC_URL);
    adapter =
        new SlackAdapter(
            settings,
            new SlackAdapter.Tokens(
                null,
                null,
                SlackAdapterTest.SIGNING_SECRET,
                "client-secret",
                SecretBox.fromBase64(KEY)),
            radar.commands,
            radar.clock,
            radar.db.database().dataSource());
    adapter.start();
    base = "http://127.0.0.1:" + adapter.httpPort();
  }

  @BeforeEach
  void setUp() throws Exception {
    open(TestDatabase.Kind.H2);
  }

  @AfterEach
  void tearDown() throws Exception {
    adapter.close();
    slack.close();
    radar.close();
  }

  private InstallationStore installations() {
    return adapter.installations().orElseThrow();
  }

  /**
   * What the install path gave the browser: the state in Slack's URL and the cookie that binds it.
   */
  private record Started(String location, String state, String cookie) {}

  private Started startInstall() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/slack/install")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String state =
        SlackHttpServer.query(URI.create(location).getRawQuery()).get("state").getFirst();
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new Started(location, state, cookie);
  }

  private HttpResponse<String> redirect(String code, String state, String cookie) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(
                base
                    + "/slack/oauth_redirect?code="
                    + URLEncoder.encode(code, StandardCharsets.UTF_8)
                    + "&state="
                    + URLEncoder.encode(state, StandardCharsets.UTF_8)));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void install(String team, String token) throws Exception {
    slack.grant("code-" + team, team, null, token);
    Started started = startInstall();
    assertThat(redirect("code-" + team, started.state(), started.cookie()).statusCode())
        .isLessThan(400);
    assertThat(installations().find(team)).isPresent();
  }

  private int postSigned(String body, String contentType) throws Exception {
    long now = Instant.now().getEpochSecond();
    return http.send(
            HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", SlackAdapterTest.sign(body, now))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private int command(String team, String channel, String text) throws Exception {
    return postSigned(
        "team_id="
            + team
            + "&channel_id="
            + channel
            + "&user_id=U0ADA&command=%2Fpapers&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&api_app_id=A0APP&response_url="
            + URLEncoder.encode(slack.newResponseUrl(), StandardCharsets.UTF_8)
            + "&trigger_id=1.2.3",
        "application/x-www-form-urlencoded");
  }

  private int event(String team, String eventJson) throws Exception {
    return postSigned(
        "{\"token\":\"legacy\",\"team_id\":\""
            + team
            + "\",\"api_app_id\":\"A0APP\",\"event\":"
            + eventJson
            + ",\"type\":\"event_callback\",\"event_id\":\"Ev"
            + System.nanoTime()
            + "\",\"event_time\":1700000000}",
        "application/json");
  }

  private String rawSealedToken(String team) throws Exception {
    try (Connection connection = radar.db.database().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT bot_token_sealed FROM slack_installations WHERE team_id = '"
                    + team
                    + "'")) {
      return row.next() ? row.getString(1) : null;
    }
  }

  private void newPaperOn(LocalDate listed, String id) throws Exception {
    radar.ingest(
        "papers-" + id + ".xml",
        PapersCommandServiceTestFeeds.atom(
            listed.minusDays(1), id, "Llamas " + id, "More llamas.", "Grace Hopper"),
        listed);
  }

  private List<Outcome> sweepAndDeliver() {
    return radar.sweepAndDeliver(adapter.digestSender(), wait -> {});
  }

  @Test
  void theInstallPathRedirectsToSlacksConsentPageWithTheManifestsScopesAndAStoredState()
      throws Exception {
    Started started = startInstall();

    assertThat(started.location()).startsWith("https://slack.com/oauth/v2/authorize?");
    Map<String, List<String>> query =
        SlackHttpServer.query(URI.create(started.location()).getRawQuery());
    assertThat(query)
        .containsEntry("client_id", List.of(CLIENT_ID))
        .containsEntry("scope", List.of(SlackAdapter.SCOPES))
        .containsEntry("redirect_uri", List.of(PUBLIC_URL + "/slack/oauth_redirect"));
    assertThat(started.state()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(started.cookie()).endsWith("=" + started.state());
    try (Connection connection = radar.db.database().dataSource().getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT state FROM slack_oauth_states")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo(started.state());
    }
    assertThat(startInstall().state()).as("each visit its own state").isNotEqualTo(started.state());
  }

  @Test
  void theRedirectWithAGoodCodeStoresTheInstallationWithItsTokenSealed() throws Exception {
    slack.grant("good-code", ALPHA, "E0GRID", "xoxb-alpha-secret");
    Started started = startInstall();

    HttpResponse<String> answer = redirect("good-code", started.state(), started.cookie());

    // Bolt's page opens the workspace in Slack, and the state's cookie is cleared.
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("slack://app?team=" + ALPHA);
    assertThat(answer.headers().firstValue("Set-Cookie"))
        .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("slack-app-oauth-state=deleted");
    assertThat(slack.oauthExchanges)
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form)
                  .containsEntry("client_id", CLIENT_ID)
                  .containsEntry("client_secret", "client-secret")
                  .containsEntry("code", "good-code");
            });
    Installation installation = installations().find(ALPHA).orElseThrow();
    assertThat(installation.botToken()).isEqualTo("xoxb-alpha-secret");
    assertThat(installation.botUserId()).isEqualTo("U0BOT" + ALPHA);
    assertThat(installation.enterpriseId()).isEqualTo("E0GRID");
    assertThat(installation.toString()).doesNotContain("xoxb");
    String raw = rawSealedToken(ALPHA);
    assertThat(raw).isNotBlank().doesNotContain("xoxb").doesNotContain("alpha-secret");
    assertThat(new String(Base64.getDecoder().decode(raw), StandardCharsets.ISO_8859_1))
        .doesNotContain("xoxb");
  }

  @Test
  void aBadAMissingAReplayedOrAnExpiredStateIsRefusedAndNothingIsExchanged() throws Exception {
    slack.grant("code-1", ALPHA, null, "xoxb-alpha");
    Started started = startInstall();

    assertThat(
            redirect("code-1", "made-up-state", "slack-app-oauth-state=made-up-state").statusCode())
        .as("a state this app never issued")
        .isEqualTo(400);
    assertThat(redirect("code-1", started.state(), null).statusCode())
        .as("a state without the browser's cookie")
        .isEqualTo(400);
    assertThat(slack.oauthExchanges).isEmpty();
    assertThat(installations().find(ALPHA)).isEmpty();

    assertThat(redirect("code-1", started.state(), started.cookie()).statusCode()).isLessThan(400);
    assertThat(installations().find(ALPHA)).isPresent();
    installations().remove(ALPHA);
    slack.grant("code-2", ALPHA, null, "xoxb-alpha-2");
    assertThat(redirect("code-2", started.state(), started.cookie()).statusCode())
        .as("the same state a second time")
        .isEqualTo(400);
    assertThat(slack.oauthExchanges).hasSize(1);
    assertThat(installations().find(ALPHA)).isEmpty();

    Started unknownCode = startInstall();
    HttpResponse<String> refused =
        redirect("never-granted", unknownCode.state(), unknownCode.cookie());
    assertThat(refused.statusCode()).as("a code Slack does not accept").isEqualTo(400);
    assertThat(refused.body()).contains("invalid_code");
    assertThat(slack.oauthExchanges).hasSize(2);
    assertThat(installations().find(ALPHA)).isEmpty();

    Started late = startInstall();
    radar.clock.advance(JdbcOAuthStates.LIFETIME.plusSeconds(1));
    assertThat(redirect("code-2", late.state(), late.cookie()).statusCode())
        .as("an expired state")
        .isEqualTo(400);
    assertThat(slack.oauthExchanges).hasSize(2);
  }

  @Test
  void aSignedCommandFromEachOfTwoTeamsIsAnsweredWithThatTeamsToken() throws Exception {
    install(ALPHA, "xoxb-alpha");
    install(BETA, "xoxb-beta");

    for (String team : List.of(ALPHA, BETA, ALPHA)) {
      int before = slack.responses.size();
      int authsBefore = slack.tokensOf("auth.test").size();
      assertThat(command(team, "C0" + team, "search llamas")).isEqualTo(200);
      assertThat(Conditions.await(WAIT, () -> slack.responses.size() > before)).as(team).isTrue();
      assertThat(slack.responses.get(before).toString()).contains("Herding Llamas");
      // Bolt's multi-team authorization checked the request's team with that team's own bot token.
      assertThat(
              slack.tokensOf("auth.test").subList(authsBefore, slack.tokensOf("auth.test").size()))
          .isNotEmpty()
          .containsOnly(team.equals(ALPHA) ? "xoxb-alpha" : "xoxb-beta");
    }

    int before = slack.responses.size();
    assertThat(command("T0STRANGER", "C0X", "search llamas")).isEqualTo(200);
    assertThat(Conditions.await(WAIT, () -> slack.responses.size() > before)).isTrue();
    assertThat(slack.responses.get(before).toString())
        .as("a team that never installed is asked to install")
        .contains("install")
        .doesNotContain("Herding Llamas");
  }

  @Test
  void digestsOfTwoTeamsGoOutWithTheirOwnTokensAndAnUninstallStopsOnlyThatTeamUntilItReinstalls()
      throws Exception {
    install(ALPHA, "xoxb-alpha");
    install(BETA, "xoxb-beta");
    ChannelRef alpha = ChannelRef.slack(ALPHA, "C0ALPHA");
    ChannelRef beta = ChannelRef.slack(BETA, "C0BETA");
    for (ChannelRef channel : List.of(alpha, beta)) {
      radar.channels.update(channel, settings -> settings.at(LocalTime.of(8, 0), ZoneOffset.UTC));
    }
    radar.clock.set(MONDAY_8.plusSeconds(30));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT, Outcome.SENT);
    assertThat(slack.posts)
        .extracting(post -> post.channel() + "=" + post.token())
        .containsExactlyInAnyOrder("C0ALPHA=xoxb-alpha", "C0BETA=xoxb-beta");

    assertThat(event(ALPHA, "{\"type\":\"app_uninstalled\"}")).isEqualTo(200);
    assertThat(installations().find(ALPHA)).isEmpty();
    assertThat(radar.channels.settings(alpha).active()).isFalse();
    assertThat(radar.channels.settings(beta).active()).isTrue();

    slack.posts.clear();
    newPaperOn(LocalDate.of(2026, 11, 24), "2611.00003");
    radar.clock.set(MONDAY_8.plus(Duration.ofDays(1)).plusSeconds(30));
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(slack.posts)
        .extracting(post -> post.channel() + "=" + post.token())
        .containsExactly("C0BETA=xoxb-beta");

    install(ALPHA, "xoxb-alpha-again");
    assertThat(radar.channels.settings(alpha).active()).isTrue();
    slack.posts.clear();
    newPaperOn(LocalDate.of(2026, 11, 25), "2611.00004");
    radar.clock.set(MONDAY_8.plus(Duration.ofDays(2)).plusSeconds(30));
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT, Outcome.SENT);
    assertThat(slack.posts)
        .extracting(post -> post.channel() + "=" + post.token())
        .containsExactlyInAnyOrder("C0ALPHA=xoxb-alpha-again", "C0BETA=xoxb-beta");
  }

  @Test
  void aRevokedBotTokenRemovesTheTeamAndARevokedUserTokenDoesNot() throws Exception {
    install(ALPHA, "xoxb-alpha");
    install(BETA, "xoxb-beta");

    assertThat(
            event(
                BETA,
                "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[\"U0SOMEONE\"],\"bot\":[]}}"))
        .isEqualTo(200);
    assertThat(installations().find(BETA)).isPresent();
    assertThat(
            event(
                BETA,
                "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[],\"bot\":[\"U0BOTT0BETA\"]}}"))
        .isEqualTo(200);
    assertThat(installations().find(BETA)).isEmpty();
    assertThat(installations().find(ALPHA)).isPresent();
    // Slack follows a revocation with app_uninstalled for a team that has no token left: still
    // acknowledged.
    assertThat(event(BETA, "{\"type\":\"app_uninstalled\"}")).isEqualTo(200);
    assertThat(installations().find(ALPHA)).isPresent();
  }

  @Test
  void anInstallOrRedirectPathTakesOnlyGetsAndNoOtherPathSkipsTheSignature() throws Exception {
    int post =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/slack/install"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(post).isEqualTo(405);
    int unsigned =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("team_id=T0ALPHA&command=%2Fpapers"))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(unsigned).isEqualTo(401);
  }

  /** The same install and uninstall on PostgreSQL (skipped, saying why, without a server). */
  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = "POSTGRESQL")
  void onPostgresqlTheInstallationIsStoredSealedAndAnUninstallRemovesIt(TestDatabase.Kind kind)
      throws Exception {
    TestDatabase.postgresUrl();
    tearDown();
    open(kind);
    install(ALPHA, "xoxb-alpha");
    assertThat(rawSealedToken(ALPHA)).doesNotContain("xoxb");
    assertThat(installations().find(ALPHA).orElseThrow().botToken()).isEqualTo("xoxb-alpha");
    assertThat(event(ALPHA, "{\"type\":\"app_uninstalled\"}")).isEqualTo(200);
    assertThat(installations().find(ALPHA)).isEmpty();
  }
}
