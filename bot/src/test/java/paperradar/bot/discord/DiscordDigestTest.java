package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paperradar.bot.config.Settings;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.model.ChannelRef;
import paperradar.core.retry.Backoff;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * Digests posted to Discord channels through JDA, against the fake REST: once, after a 429, refused
 * for good.
 */
class DiscordDigestTest {

  private static final Instant MONDAY_8 = Instant.parse("2026-11-23T08:00:00Z");
  private static final ChannelRef LAB =
      new ChannelRef(DiscordSender.PLATFORM, DiscordAdapterTest.GUILD, DiscordAdapterTest.CHANNEL);

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeDiscord discord;
  private DiscordAdapter adapter;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(MONDAY_8.minus(Duration.ofHours(2))));
    radar.ingest(
        "papers.xml",
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 22),
            "2611.00001",
            "Ping @everyone <!channel> <@1100000000000000077>",
            "See [docs](https://evil.test).",
            "Mallory",
            "2611.00002",
            "Herding Llamas",
            "Llamas, herded.",
            "Grace Hopper"),
        LocalDate.of(2026, 11, 23));
    radar.channels.update(LAB, settings -> settings.at(LocalTime.of(8, 0), ZoneOffset.UTC));
    radar.clock.set(MONDAY_8.plusSeconds(30));
    discord = new FakeDiscord(1);
    discord.addGuild(DiscordAdapterTest.GUILD, DiscordAdapterTest.CHANNEL);
    adapter =
        new DiscordAdapter(
            new Settings.Discord("", "", 0, 50, discord.apiUrl()),
            "fake-token",
            radar.commands,
            radar.topics::topics);
    adapter.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    adapter.close();
    discord.close();
    radar.close();
  }

  private List<Outcome> sweepAndDeliver() {
    DigestDelivery delivery =
        new DigestDelivery(
            radar.radar.digests(),
            radar.ledger,
            radar.channels,
            Map.of(DiscordSender.PLATFORM, adapter.digestSender()),
            Backoff.defaults(),
            waits::add,
            radar.clock,
            Duration.ofMinutes(10));
    DigestSweep.Plan plan =
        new DigestSweep(
                radar.channels,
                radar.ledger,
                Set.of(DiscordSender.PLATFORM),
                Duration.ofHours(6),
                radar.clock)
            .plan();
    List<Outcome> outcomes = new ArrayList<>();
    plan.due().forEach(due -> outcomes.add(delivery.deliver(due.settings(), due.due())));
    plan.pending().forEach(pending -> outcomes.add(delivery.resume(pending)));
    return outcomes;
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
    radar.clock.set(MONDAY_8.plus(Duration.ofDays(1)));
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
