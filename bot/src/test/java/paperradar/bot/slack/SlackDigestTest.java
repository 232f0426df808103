package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.bot.chat.AdapterScenes;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.deliver.LedgerEntry;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.RadarFixture;

/**
 * Digests through chat.postMessage on a fake Slack: once, after a 429, refused for good, never
 * pinging.
 */
class SlackDigestTest {

  private static final ChannelRef LAB = ChannelRef.slack(FakeSlack.TEAM, "C0LAB");

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeSlack slack;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    radar =
        AdapterScenes.digestMorning(
            temp, LAB, "Ping @everyone <!channel> <@U0BOSS>", "See <https://evil.test|arxiv.org>.");
    slack = new FakeSlack();
  }

  @AfterEach
  void tearDown() throws Exception {
    slack.close();
    radar.close();
  }

  private List<Outcome> sweepAndDeliver() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    SlackSender sender =
        new SlackSender(Slack.getInstance(config).methods("xoxb-test-bot"), radar.clock);
    return radar.sweepAndDeliver(sender, waits::add);
  }

  @Test
  void aDigestGoesOutOnceWithItsKeyInTheMetadataAndNothingInItCanPing() {
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sweepAndDeliver()).isEmpty();

    assertThat(slack.posts)
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.channel()).isEqualTo("C0LAB");
              assertThat(post.metadata().path("event_type").asText())
                  .isEqualTo(SlackSender.METADATA_EVENT);
              assertThat(post.metadata().path("event_payload").path("key").asText())
                  .startsWith("paper-radar-digest-");
              String shown = post.text() + post.blocks();
              assertThat(shown)
                  .contains(
                      "Herding Llamas", "&lt;!channel&gt;", "&lt;@U0BOSS&gt;", "@\u200Beveryone");
              assertThat(shown)
                  .doesNotContain("<!channel>", "<@U0BOSS>", "@everyone", "<https://evil.test");
            });
    assertThat(slack.methodsCalled).doesNotContain("conversations.history");
  }

  @Test
  void a429WaitsForRetryAfterThenPostsOnce() {
    slack.postAnswers.add(FakeSlack.Answer.rateLimited(7));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);

    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(slack.posts).hasSize(2);
    assertThat(slack.channelHistory).hasSize(1);
    assertThat(radar.ledger.entry(LAB, LocalDate.of(2026, 11, 23)))
        .get()
        .extracting(LedgerEntry::status)
        .isEqualTo(LedgerEntry.Status.SENT);
  }

  @Test
  void aRetryAfterALostAnswerFindsItsPostInTheHistoryAndDoesNotPostAgain() {
    // The post reaches the channel but Slack's answer is an error, as when a response is lost.
    slack.deliverDespiteFailure = true;
    slack.postAnswers.add(
        new FakeSlack.Answer(503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}"));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);

    assertThat(slack.methodsCalled)
        .containsSubsequence("chat.postMessage", "conversations.history");
    assertThat(slack.posts).hasSize(1);
    assertThat(slack.channelHistory).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived", "account_inactive"})
  void aChannelSlackWillNeverPostToFailsForGoodAndItsDigestStops(String error) {
    slack.postAnswers.add(FakeSlack.Answer.error(error));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.FAILED);

    assertThat(slack.posts).hasSize(1);
    assertThat(waits).isEmpty();
    assertThat(radar.channels.settings(LAB).active()).isFalse();
    assertThat(radar.channels.settings(LAB).inactiveReason()).contains(error);
    radar.clock.set(AdapterScenes.MONDAY_8.plus(Duration.ofDays(1)));
    assertThat(sweepAndDeliver()).isEmpty();
    assertThat(slack.posts).hasSize(1);
  }
}
