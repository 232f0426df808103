package paperradar.core.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.reply.Reply;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * Notices when a feed breaks and when it works again, on an injected clock: the health is recorded
 * as polls would record it, and the notices are checked after each "poll".
 */
class FeedNoticesTest {

  private static final ChannelRef LAB = new ChannelRef(Platform.WEBHOOK, "W1", "C-lab");
  private static final ChannelRef OPS = new ChannelRef(Platform.WEBHOOK, "W1", "C-ops");
  private static final String LAB_FEED = "http://93.184.216.34/lab.rss";
  private static final String SOURCE = "https://papers.example.org/daily.json";
  private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");

  @TempDir Path temp;
  private RadarFixture radar;
  private SourceHealthStore health;
  private FeedNotices notices;
  private final List<String> sent = new ArrayList<>();

  private final class RecordingSender implements DigestSender {
    @Override
    public Platform platform() {
      return Platform.WEBHOOK;
    }

    @Override
    public void send(ChannelRef channel, Reply reply, String deliveryKey) {
      sent.add(channel.channel() + ": " + reply.plainText());
    }
  }

  @BeforeEach
  void open() {
    radar = new RadarFixture(TestDatabase.Kind.H2, temp, new RadarFixture.MutableClock(T0));
    health = radar.radar.sourceHealth();
    notices =
        new FeedNotices(
            health,
            radar.radar.channelFeeds(),
            new JdbcFeedNoticeLedger(radar.db.database().dataSource()),
            Map.of(Platform.WEBHOOK, new RecordingSender()),
            Set.of(SOURCE),
            List.of(OPS),
            Duration.ofHours(12),
            radar.clock);
    radar.radar.channelFeeds().add(LAB, LAB_FEED, Optional.empty(), "U1", T0);
  }

  @AfterEach
  void close() {
    radar.close();
  }

  /** A poll at {@code hours} after T0 that fails (or works), then the notices check. */
  private void pollAt(long hours, String url, boolean works) {
    radar.clock.set(T0.plus(Duration.ofHours(hours)));
    if (works) {
      health.succeeded(url, null, null, radar.clock.instant());
    } else {
      health.failed(url, "HTTP 404 Not Found", radar.clock.instant());
    }
    notices.check(url);
  }

  @Test
  void oneNoticeAfterTheThresholdNoneInBetweenAndOneAfterRecovery() {
    pollAt(0, LAB_FEED, true);
    for (long hour = 1; hour < 13; hour++) {
      pollAt(hour, LAB_FEED, false);
    }
    assertThat(sent).as("failing for 11 hours: not yet").isEmpty();

    pollAt(13, LAB_FEED, false);
    assertThat(sent)
        .containsExactly(
            "C-lab: The feed http://93.184.216.34/lab.rss has not worked for 12 hours: HTTP 404"
                + " Not Found. paper-radar keeps trying it and will say here when it works again.");

    for (long hour = 14; hour < 40; hour++) {
      pollAt(hour, LAB_FEED, false);
    }
    assertThat(sent).as("still broken: nothing more").hasSize(1);

    pollAt(40, LAB_FEED, true);
    pollAt(41, LAB_FEED, true);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1))
        .isEqualTo(
            "C-lab: The feed http://93.184.216.34/lab.rss works again: its new papers come in the"
                + " digest as before.");
  }

  @Test
  void neverTwoNoticesAboutAFeedInADay() {
    for (long hour = 0; hour <= 12; hour++) {
      pollAt(hour, LAB_FEED, false);
    }
    assertThat(sent).hasSize(1); // broken, at hour 12
    pollAt(20, LAB_FEED, true);
    assertThat(sent).as("works again within the day of the last notice: held back").hasSize(1);
    pollAt(36, LAB_FEED, true);
    assertThat(sent).as("the day has passed and it still works: now said").hasSize(2);

    for (long hour = 37; hour <= 49; hour++) {
      pollAt(hour, LAB_FEED, false);
    }
    assertThat(sent).as("broken again 12 hours later, but within a day of the last").hasSize(2);
    pollAt(60, LAB_FEED, false);
    assertThat(sent).hasSize(3);
    assertThat(sent.get(2)).contains("has not worked for 23 hours");
  }

  @Test
  void aFeedThatRecoversBeforeTheThresholdIsNeverMentioned() {
    for (long hour = 0; hour < 10; hour++) {
      pollAt(hour, LAB_FEED, false);
    }
    pollAt(10, LAB_FEED, true);
    pollAt(40, LAB_FEED, true);
    assertThat(sent).isEmpty();
  }

  @Test
  void aConfiguredSourceNotifiesTheNoticeChannelsNotTheFeedsFollowers() {
    for (long hour = 0; hour <= 12; hour++) {
      pollAt(hour, SOURCE, false);
    }
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0))
        .startsWith("C-ops: The feed " + SOURCE + " has not worked for 12 hours");
  }

  @Test
  void aNoticeThatCouldNotBeSentIsTriedAgainAtTheNextPoll() {
    FeedNotices withoutSender =
        new FeedNotices(
            health,
            radar.radar.channelFeeds(),
            new JdbcFeedNoticeLedger(radar.db.database().dataSource()),
            Map.of(),
            Set.of(),
            List.of(),
            Duration.ofHours(12),
            radar.clock);
    for (long hour = 0; hour <= 12; hour++) {
      pollAt(hour, LAB_FEED, false);
      withoutSender.check(LAB_FEED);
    }
    assertThat(sent).as("the process with the sender said it").hasSize(1);
  }
}
