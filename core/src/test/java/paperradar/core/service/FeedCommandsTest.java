package paperradar.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.command.CommandContext;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;
import paperradar.core.store.TestDatabase;

/**
 * {@code /papers feed add|list|remove} through the text grammar, with the real guard: public
 * addresses only. The URLs are IP literals or names the hosts file knows, so nothing asks DNS.
 */
class FeedCommandsTest {

  private static final ChannelRef LAB = ChannelRef.console("lab");
  private static final ChannelRef OTHER = ChannelRef.console("other");

  @TempDir Path temp;
  private RadarFixture radar;

  private void open(TestDatabase.Kind kind) {
    radar =
        new RadarFixture(
            kind, temp, new RadarFixture.MutableClock(Instant.parse("2026-11-23T09:00:00Z")));
  }

  @AfterEach
  void close() {
    if (radar != null) {
      radar.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aFeedIsAddedListedAndRemovedByItsNumber(TestDatabase.Kind kind) {
    open(kind);
    Reply added = radar.ask(LAB, "/papers feed add http://93.184.216.34/lab.rss feed");
    assertThat(added.ok()).isTrue();
    assertThat(added.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(added.plainText())
        .contains("now follows the feed http://93.184.216.34/lab.rss (feed)")
        .contains("polled every hour")
        .contains("From your feeds");
    assertThat(radar.ask(LAB, "feed add https://93.184.216.35/atom").ok()).isTrue();

    assertThat(radar.ask(LAB, "feed list").plainText())
        .contains("1. http://93.184.216.34/lab.rss (feed): not polled yet")
        .contains("2. https://93.184.216.35/atom: not polled yet");
    assertThat(radar.ask(OTHER, "feed").plainText()).contains("has no feeds of its own");

    Reply removed = radar.ask(LAB, "feed remove 1");
    assertThat(removed.plainText())
        .isEqualTo("This channel no longer follows the feed http://93.184.216.34/lab.rss.");
    assertThat(radar.ask(LAB, "feed list").plainText())
        .contains("1. https://93.184.216.35/atom")
        .doesNotContain("lab.rss");
    assertThat(radar.ask(LAB, "feed remove 2").ok()).isFalse();
    assertThat(radar.ask(LAB, "feed remove 2").plainText())
        .contains("This channel has no feed number 2");
  }

  @Test
  void aChannelHasAtMostTenFeedsAndEachOnce() {
    open(TestDatabase.Kind.H2);
    for (int i = 1; i <= 10; i++) {
      assertThat(radar.ask(LAB, "feed add http://93.184.216.34/feed" + i).ok()).isTrue();
    }
    Reply eleventh = radar.ask(LAB, "feed add http://93.184.216.34/feed11");
    assertThat(eleventh.ok()).isFalse();
    assertThat(eleventh.plainText()).contains("already has 10 feeds, the most it can have");
    assertThat(radar.radar.channelFeeds().feeds(LAB)).hasSize(10);

    Reply again = radar.ask(OTHER, "feed add http://93.184.216.34/feed1");
    assertThat(again.ok()).isTrue();
    assertThat(radar.ask(OTHER, "feed add http://93.184.216.34/feed1").plainText())
        .contains("already follows that feed");
  }

  @Test
  void addressesOfTheBotsOwnNetworkAreRefusedInOneLineAndNothingIsStored() {
    open(TestDatabase.Kind.H2);
    assertRefused("feed add http://127.0.0.1:8080/feed.xml", "a loopback address");
    assertRefused("feed add http://localhost/feed.xml", "a loopback address");
    assertRefused("feed add http://10.0.0.7/rss", "a private address");
    assertRefused("feed add http://169.254.169.254/latest/meta-data/", "a cloud metadata address");
    assertRefused("feed add file:///etc/passwd", "only http and https feeds");
    assertThat(radar.radar.channelFeeds().feeds(LAB)).isEmpty();
  }

  private void assertRefused(String line, String reason) {
    Reply reply = radar.ask(LAB, line);
    assertThat(reply.ok()).as(line).isFalse();
    String firstLine = reply.plainText().lines().findFirst().orElseThrow();
    assertThat(firstLine).contains(reason).contains("is refused");
  }

  @Test
  void aFormatMustBeOneWeReadAndChangingFeedsNeedsThePermission() {
    open(TestDatabase.Kind.H2);
    assertThat(radar.ask(LAB, "feed add http://93.184.216.34/x.rss rss-ish").plainText())
        .contains("\"rss-ish\" is not a format paper-radar reads");

    CommandContext guest = new CommandContext(LAB, "U2", false);
    Reply refused = radar.lines.handle(guest, "feed add http://93.184.216.34/x.rss");
    assertThat(refused.ok()).isFalse();
    assertThat(refused.plainText()).contains("Manage Channels");
    assertThat(radar.lines.handle(guest, "feed list").ok()).isTrue();
    assertThat(radar.radar.channelFeeds().feeds(LAB)).isEmpty();
  }
}
