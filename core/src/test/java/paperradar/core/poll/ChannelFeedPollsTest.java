package paperradar.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.digest.Digest;
import paperradar.core.digest.DigestReplies;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.ingest.UrlGuard;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.reply.ReplyCodec;
import paperradar.core.retry.Backoff;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * Channels' own feeds, polled from a local HTTP server: each URL once however many channels follow
 * it, its papers in "From your feeds" of each follower's digest once, and the guard checked again
 * at the fetch.
 */
class ChannelFeedPollsTest {

  private static final ChannelRef LAB = ChannelRef.console("lab");
  private static final ChannelRef NEIGHBOURS = ChannelRef.console("neighbours");
  private static final ChannelRef ELSEWHERE = ChannelRef.console("elsewhere");

  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>lab feed</title><link>https://lab.example.org/</link>
      <description>papers</description>
      <item><title>Counting Electric Sheep at Scale</title><link>https://lab.example.org/p/1</link>
      <description>How many electric sheep there are.</description></item>
      <item><title>Sheep Dreams, Revisited</title><link>https://lab.example.org/p/2</link>
      <description>What androids dream of.</description></item>
      </channel></rss>
      """;

  @TempDir Path temp;
  private HttpServer server;
  private RadarFixture radar;
  private final AtomicInteger fetches = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          try (exchange) {
            fetches.incrementAndGet();
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    server.createContext(
        "/moved",
        exchange -> {
          try (exchange) {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().set("Location", "http://10.0.0.1/feed.xml");
            exchange.sendResponseHeaders(302, -1);
          }
        });
    server.start();
    // The polling tests may reach the fake server on loopback, and nothing else private.
    UrlGuard fakeServerAllowed =
        new UrlGuard(
            UrlGuard.Resolver.SYSTEM, UrlGuard.publicOr(Set.of(InetAddress.getLoopbackAddress())));
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-23T06:00:00Z")),
            builder -> builder.urlGuard(fakeServerAllowed));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    radar.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private SourcePoller poller(UrlGuard guard) {
    return new SourcePoller(
        FeedFetcher.withDefaults().guardedBy(guard),
        radar.ingestor,
        radar.radar.sourceHealth(),
        radar.clock,
        failed -> Backoff.Jitter.CEILING);
  }

  private List<String> fromFeeds(ChannelRef channel) {
    return radar.radar.digests().compose(channel, ZoneOffset.UTC).fromFeeds().stream()
        .map(item -> item.paper().title())
        .toList();
  }

  @Test
  void aUrlTwoChannelsFollowIsFetchedOnceAndFillsEachOnesFromYourFeeds() {
    assertThat(radar.ask(LAB, "feed add " + url("/feed.xml")).ok()).isTrue();
    assertThat(radar.ask(NEIGHBOURS, "feed add " + url("/feed.xml") + " feed").ok()).isTrue();
    ChannelFeedPolls polls = radar.radar.channelFeedPolls(Set.of());

    assertThat(polls.due()).hasSize(1);
    assertThat(polls.due().get(0).format()).map(f -> f.cliName()).hasValue("feed");
    polls.due().forEach(poller(radar.radar.urlGuard())::pollIfDue);

    assertThat(fetches.get()).isEqualTo(1);
    assertThat(polls.due()).as("not due again before its interval").isEmpty();
    radar.clock.advance(Duration.ofMinutes(60));
    assertThat(polls.due()).hasSize(1);

    assertThat(fromFeeds(LAB))
        .containsExactlyInAnyOrder("Counting Electric Sheep at Scale", "Sheep Dreams, Revisited");
    assertThat(fromFeeds(NEIGHBOURS)).hasSize(2);
    assertThat(fromFeeds(ELSEWHERE)).as("a channel that follows no feed").isEmpty();
    Digest digest = radar.radar.digests().compose(LAB, ZoneOffset.UTC);
    assertThat(digest.fromFeeds().get(0).why()).isEqualTo("from your feed " + url("/feed.xml"));
    assertThat(digest.topics()).isEmpty();
  }

  @Test
  void aFeedPaperIsShownToAChannelOnceAndDigestPreviewShowsTheSection() {
    radar.ask(LAB, "feed add " + url("/feed.xml"));
    radar.radar.channelFeedPolls(Set.of()).due().forEach(poller(radar.radar.urlGuard())::pollIfDue);

    assertThat(radar.ask(LAB, "digest preview").plainText())
        .contains(DigestReplies.FROM_YOUR_FEEDS)
        .contains("Counting Electric Sheep at Scale");

    Digest first = radar.radar.digests().compose(LAB, ZoneOffset.UTC);
    DeliveryLedger ledger = radar.ledger;
    ledger.claim(
        LAB,
        LocalDate.of(2026, 11, 23),
        ReplyCodec.toJson(DigestReplies.of(first)),
        first.papers().stream().map(Paper::id).toList(),
        radar.clock.instant(),
        radar.clock.instant().plus(Duration.ofMinutes(2)));

    radar.clock.advance(Duration.ofDays(1));
    radar.radar.channelFeedPolls(Set.of()).due().forEach(poller(radar.radar.urlGuard())::pollIfDue);
    assertThat(fetches.get()).isEqualTo(2);
    assertThat(fromFeeds(LAB)).as("seen again in the feed, but shown already").isEmpty();
  }

  @Test
  void aConfiguredSourceIsLeftToItsOwnSchedule() {
    radar.ask(LAB, "feed add " + url("/feed.xml"));
    assertThat(radar.radar.channelFeedPolls(Set.of(url("/feed.xml"))).due()).isEmpty();
  }

  @Test
  void theGuardIsCheckedAgainAtTheFetchAndAtEveryRedirect() {
    radar.ask(LAB, "feed add " + url("/feed.xml"));
    radar.ask(LAB, "feed add " + url("/moved"));
    SourcePoller realRule = poller(UrlGuard.publicOnly());

    radar.radar.channelFeedPolls(Set.of()).due().forEach(realRule::pollIfDue);

    assertThat(fetches.get()).as("the loopback feed was never requested").isZero();
    assertThat(radar.radar.sourceHealth().health(url("/feed.xml")).lastError())
        .contains("a loopback address");

    SourcePoller fakeServerAllowed = poller(radar.radar.urlGuard());
    radar.clock.advance(Duration.ofHours(3));
    fakeServerAllowed.pollIfDue(
        radar.radar.channelFeedPolls(Set.of()).source(url("/moved")).orElseThrow());
    assertThat(fetches.get()).as("the redirect was requested, its target not").isEqualTo(1);
    assertThat(radar.radar.sourceHealth().health(url("/moved")).lastError())
        .contains("10.0.0.1, a private address");
    assertThat(radar.store.paperCount()).isZero();
  }
}
