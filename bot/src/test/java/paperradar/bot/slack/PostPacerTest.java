package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;

/**
 * Slack's pace per channel and per team, on an injected clock: a channel waits a second between
 * posts, a team's channels queue behind each other, and another team never queues behind them.
 */
class PostPacerTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private static ChannelRef channel(String team, String id) {
    return ChannelRef.slack(team, id);
  }

  @Test
  void postsToOneChannelAreASecondApartAndATeamsChannelsAreSpacedByTheTeamPace() {
    PostPacer pacer =
        new PostPacer(clock, wait -> {}, Duration.ofSeconds(1), Duration.ofMillis(200));

    assertThat(pacer.reserve(channel("T0A", "C1"))).isEqualTo(Duration.ZERO);
    assertThat(pacer.reserve(channel("T0A", "C1"))).isEqualTo(Duration.ofSeconds(1));
    assertThat(pacer.reserve(channel("T0A", "C2"))).isEqualTo(Duration.ofMillis(1_200));
    assertThat(pacer.reserve(channel("T0A", "C1"))).isEqualTo(Duration.ofSeconds(2));
    assertThat(pacer.reserve(channel("T0B", "C9")))
        .as("another team starts at once")
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void aTeamWhoseSlotsHavePassedPostsAtOnce() {
    MutableClock later = new MutableClock(NOW);
    PostPacer pacer =
        new PostPacer(later, wait -> {}, Duration.ofSeconds(1), Duration.ofMillis(200));
    pacer.reserve(channel("T0A", "C1"));
    pacer.reserve(channel("T0A", "C1"));

    later.now = NOW.plusSeconds(5);

    assertThat(pacer.reserve(channel("T0A", "C1"))).isEqualTo(Duration.ZERO);
  }

  /**
   * Through the sender against the fake Web API: one team's 60 channels are paced behind each other
   * while a second team's digest, sent after them, waits for nothing; each post carries its own
   * team's token.
   */
  @Test
  void oneTeamsManyChannelsNeverDelayAnotherTeamsDigest() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(slack.apiUrl());
      Slack api = Slack.getInstance(config);
      Map<String, String> tokens = Map.of("T0A", "xoxb-a", "T0B", "xoxb-b");
      List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
      SlackSender sender =
          new SlackSender(
              team -> Optional.ofNullable(tokens.get(team)).map(api::methods),
              clock,
              new PostPacer(clock, waits::add, PostPacer.PER_CHANNEL, PostPacer.PER_TEAM));
      Reply digest = Reply.refusal("Nothing new today.", "/papers help");

      for (int i = 0; i < 60; i++) {
        sender.send(channel("T0A", "C" + i), digest, "key-a-" + i);
      }
      sender.send(channel("T0B", "C0"), digest, "key-b");

      assertThat(slack.posts).hasSize(61);
      assertThat(slack.posts.subList(0, 60))
          .extracting(FakeSlack.Post::token)
          .containsOnly("xoxb-a");
      assertThat(slack.posts.get(60).token()).isEqualTo("xoxb-b");
      assertThat(waits.get(59))
          .as("the 60th channel of the busy team")
          .isEqualTo(PostPacer.PER_TEAM.multipliedBy(59));
      assertThat(waits.get(60)).as("the other team's first post").isEqualTo(Duration.ZERO);
      assertThat(sender.serves(channel("T0C", "C0"))).as("a team without a token").isFalse();
    }
  }

  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
