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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.retry.Backoff;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/** Polling a feed served by a local HTTP server: conditional GETs, ingest, health, backoff. */
class SourcePollerTest {

  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>lab feed</title><link>https://lab.example.org/</link>
      <description>papers</description>
      <item><title>Electric Sheep, Counted</title><link>https://lab.example.org/p/1</link>
      <description>Counting electric sheep.</description></item>
      </channel></rss>
      """;

  @TempDir Path temp;
  private HttpServer server;
  private RadarFixture radar;
  private final AtomicInteger status = new AtomicInteger(200);
  private final List<String> ifNoneMatch = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          try (exchange) {
            String validator = exchange.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(String.valueOf(validator));
            if (status.get() != 200) {
              exchange.sendResponseHeaders(status.get(), -1);
            } else if ("\"v1\"".equals(validator)) {
              exchange.sendResponseHeaders(304, -1);
            } else {
              byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().set("ETag", "\"v1\"");
              exchange.sendResponseHeaders(200, body.length);
              exchange.getResponseBody().write(body);
            }
          }
        });
    server.start();
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    radar.close();
  }

  private Source source() {
    return new Source(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml",
        Optional.empty(),
        Duration.ofMinutes(10));
  }

  private SourcePoller poller(SourceHealthStore health) {
    return new SourcePoller(
        FeedFetcher.withDefaults(),
        radar.ingestor,
        health,
        radar.clock,
        failed -> Backoff.Jitter.CEILING);
  }

  @Test
  void aChangedFeedIsIngestedAndAnUnchangedOneIsNotFetchedAgain() {
    SourceHealthStore health = new JdbcSourceHealthStore(radar.db.database().dataSource());

    assertThat(poller(health).poll(source())).isEqualTo(Duration.ofMinutes(10));
    assertThat(radar.store.paperCount()).isEqualTo(1);
    radar.clock.advance(Duration.ofMinutes(10));
    poller(health).poll(source());

    assertThat(ifNoneMatch).containsExactly("null", "\"v1\"");
    assertThat(radar.store.sightingsSince(Instant.EPOCH)).hasSize(1);
    assertThat(health.health(source().url()).lastSuccessAt()).isEqualTo(radar.clock.instant());
    assertThat(health.health(source().url()).etag()).isEqualTo("\"v1\"");
  }

  @Test
  void failuresAreRecordedAndBackOffUntilASuccess() {
    SourceHealthStore health = new JdbcSourceHealthStore(radar.db.database().dataSource());
    status.set(503);

    assertThat(poller(health).poll(source())).isEqualTo(Duration.ofMinutes(20));
    assertThat(health.health(source().url()).lastError()).isEqualTo("HTTP 503 Service Unavailable");
    radar.clock.advance(Duration.ofMinutes(10));
    assertThat(poller(health).pollIfDue(source())).as("still backing off").isFalse();
    radar.clock.advance(Duration.ofMinutes(10));
    assertThat(poller(health).pollIfDue(source())).isTrue();
    assertThat(health.health(source().url()).consecutiveFailures()).isEqualTo(2);

    status.set(200);
    radar.clock.advance(Duration.ofMinutes(40));
    assertThat(poller(health).pollIfDue(source())).isTrue();
    SourceHealth recovered = health.health(source().url());
    assertThat(recovered.consecutiveFailures()).isZero();
    assertThat(recovered.lastSuccessAt()).isEqualTo(radar.clock.instant());
    assertThat(recovered.lastError()).isEqualTo("HTTP 503 Service Unavailable");
    assertThat(radar.store.paperCount()).isEqualTo(1);
  }

  @Test
  void backoffsCeilingDoublesUpToSixHours() {
    assertThat(SourcePoller.backoff(Duration.ofMinutes(10), 1, Backoff.Jitter.CEILING))
        .isEqualTo(Duration.ofMinutes(20));
    assertThat(SourcePoller.backoff(Duration.ofMinutes(10), 3, Backoff.Jitter.CEILING))
        .isEqualTo(Duration.ofMinutes(80));
    assertThat(SourcePoller.backoff(Duration.ofMinutes(10), 12, Backoff.Jitter.CEILING))
        .isEqualTo(Duration.ofHours(6));
    assertThat(SourcePoller.backoff(Duration.ofHours(8), 3, Backoff.Jitter.CEILING))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void theJitteredWaitIsTheSameWhenAnotherNodeComputesItAgain() {
    SourceHealth failed =
        new SourceHealth(
            source().url(),
            null,
            null,
            null,
            "HTTP 503",
            Instant.parse("2026-11-23T08:00:00.123456Z"),
            3);
    SourceHealth asStored =
        new SourceHealth(
            source().url(),
            null,
            null,
            null,
            "HTTP 503",
            Instant.parse("2026-11-23T08:00:00.123Z"),
            3);

    Duration wait = SourcePoller.backoff(Duration.ofMinutes(10), 3, SourcePoller.jitterOf(failed));

    assertThat(wait).isBetween(Duration.ZERO, Duration.ofMinutes(80));
    assertThat(SourcePoller.backoff(Duration.ofMinutes(10), 3, SourcePoller.jitterOf(asStored)))
        .isEqualTo(wait);
  }
}
