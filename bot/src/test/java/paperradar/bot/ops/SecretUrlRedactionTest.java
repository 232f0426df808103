package paperradar.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.poll.JdbcSourceHealthStore;
import paperradar.core.poll.Source;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.poll.SourcePoller;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * A source URL with credentials ({@code http://user:PASS@host/feed?api_key=SECRET&q=ok}) fails to
 * poll; its secrets must reach neither the log, nor a metric label, nor {@code /healthz}.
 */
class SecretUrlRedactionTest {

  @TempDir Path temp;
  private RadarFixture radar;
  private HttpServer feed;
  private String secretUrl;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger pollerLog = (Logger) LoggerFactory.getLogger(SourcePoller.class);

  @BeforeEach
  void setUp() throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
    feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feed.createContext(
        "/feed",
        exchange -> {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    feed.start();
    secretUrl =
        "http://user:PASS@127.0.0.1:" + feed.getAddress().getPort() + "/feed?api_key=SECRET&q=ok";
    logged.start();
    pollerLog.addAppender(logged);
  }

  @AfterEach
  void tearDown() {
    pollerLog.detachAppender(logged);
    feed.stop(0);
    radar.close();
  }

  @Test
  void theLogTheMetricsAndHealthzShowTheUrlWithItsSecretsMasked() throws Exception {
    Metrics metrics = new Metrics();
    SourceHealthStore health = new JdbcSourceHealthStore(radar.db.database().dataSource());
    SourcePoller poller =
        new SourcePoller(FeedFetcher.withDefaults(), radar.ingestor, health, radar.clock);
    poller.onFailure(metrics.sourceFailures());

    poller.poll(new Source(secretUrl, Optional.empty(), Duration.ofMinutes(60)));

    String masked =
        "http://***@127.0.0.1:" + feed.getAddress().getPort() + "/feed?api_key=***&q=ok";
    String log =
        logged.list.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .collect(Collectors.joining("\n"));
    assertThat(log).contains("polling " + masked + " failed").doesNotContain("PASS", "SECRET");

    String scraped = metrics.scrape();
    assertThat(scraped).contains("source=\"" + masked + "\"").doesNotContain("PASS", "SECRET");

    try (HealthEndpoint endpoint =
        HealthEndpoint.start(
            "127.0.0.1",
            0,
            new HealthEndpoint.Parts(
                radar.store,
                radar.index,
                () -> true,
                Map.of("console", "on"),
                List.of(secretUrl),
                health,
                metrics))) {
      HttpResponse<String> healthz =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + endpoint.port() + "/healthz"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(healthz.body())
          .contains("\"url\" : \"" + masked + "\"", "\"consecutiveFailures\" : 1")
          .doesNotContain("PASS", "SECRET");
      HttpResponse<String> scrape =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.body())
          .contains("paperradar_source_fetch_errors")
          .doesNotContain("PASS", "SECRET");
    }
  }
}
