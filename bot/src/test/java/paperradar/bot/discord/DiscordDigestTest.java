package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paperradar.bot.chat.AdapterScenes;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.RadarFixture;

/**
 * Digests posted to Discord channels through JDA, against the fake REST: once, after a 429, refused
 * for good.
 */
class DiscordDigestTest {

  private static final ChannelRef LAB =
      ChannelRef.discord(DiscordAdapterTest.GUILD, DiscordAdapterTest.CHANNEL);

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeDiscord discord;
  private DiscordAdapter adapter;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    radar =
        AdapterScenes.digestMorning(
            temp,
            LAB,
            "Ping @everyone <!channel> <@1100000000000000077>",
            "See [docs](https://evil.test).");
    discord = new FakeDiscord(1);
    adapter = DiscordAdapterTest.startAdapter(discord, radar);
  }

  @AfterEach
  void tearDown() throws Exception {
    adapter.close();
    discord.close();
    radar.close();
  }

  private List<Outcome> sweepAndDeliver() {
    return radar.sweepAndDeliver(adapter.digestSender(), waits::add);
  }

  private List<FakeDiscord.Call> posts() {
    return discord.calls("POST", "channels/" + DiscordAdapterTest.CHANNEL + "/messages");
  }

  @Test
  void aDigestIsPostedOnceWithAnEnforcedNonceAndNoMentions() {
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sweepAndDeliver()).isEmpty();

    assertThat(posts())
        .singleElement()
        .satisfies(
            post -> {
              JsonNode body = post.body();
              assertThat(body.path("nonce").asText()).hasSize(25);
              assertThat(body.path("enforce_nonce").asBoolean()).isTrue();
              assertThat(body.path("allowed_mentions").path("parse").size()).isZero();
              String embeds = body.path("embeds").toString();
              assertThat(embeds)
                  .contains(
                      "Herding Llamas",
                      "Ping @\u200Beveryone \\\\<!channel\\\\>",
                      "\\\\<@1100000000000000077\\\\>");
              assertThat(embeds)
                  .doesNotContain("@everyone", "<!channel>", "[docs](https://evil.test)");
            });
  }

  @Test
  void jdaWaitsOutA429AndTheDigestGoesOutOnce() {
    discord.messageAnswers.add(FakeDiscord.Answer.rateLimited(0.3));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);

    assertThat(posts()).hasSize(2);
    assertThat(posts().get(0).body().path("nonce")).isEqualTo(posts().get(1).body().path("nonce"));
    // JDA honoured the 429 itself: the delivery loop never had to back off.
    assertThat(waits).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"404, 10003, Unknown Channel", "403, 50001, Missing Access"})
  void aChannelDiscordRefusesForGoodStopsItsDigest(int status, int code, String message) {
    discord.messageAnswers.add(FakeDiscord.Answer.error(status, code, message));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.FAILED);

    assertThat(posts()).hasSize(1);
    assertThat(waits).isEmpty();
    assertThat(radar.channels.settings(LAB).active()).isFalse();
    radar.clock.set(AdapterScenes.MONDAY_8.plus(Duration.ofDays(1)));
    assertThat(sweepAndDeliver()).isEmpty();
  }

  @Test
  void aServerErrorIsRetriedWithBackoff() {
    discord.messageAnswers.add(FakeDiscord.Answer.error(500, 0, "Internal Server Error"));
    discord.messageAnswers.add(FakeDiscord.Answer.error(500, 0, "Internal Server Error"));
    discord.messageAnswers.add(FakeDiscord.Answer.error(500, 0, "Internal Server Error"));
    discord.messageAnswers.add(FakeDiscord.Answer.error(500, 0, "Internal Server Error"));

    List<Outcome> outcomes = sweepAndDeliver();

    // JDA itself retries a 5xx a few times before giving up; then the delivery loop backs off and
    // tries again.
    assertThat(outcomes).containsExactly(Outcome.SENT);
    assertThat(posts().size()).isGreaterThanOrEqualTo(2);
    assertThat(posts().getLast().body().path("nonce"))
        .isEqualTo(posts().getFirst().body().path("nonce"));
  }
}
