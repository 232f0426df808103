package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the real JDK HTTP client against a local server; nothing leaves the machine. */
class FeedFetcherTest {

  private HttpServer server;
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  private final CountDownLatch never = new CountDownLatch(1);

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed", exchange -> {
      userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
      ifNoneMatch.add(String.valueOf(etag));
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.getResponseHeaders().add("Last-Modified", "Sat, 21 Nov 2026 08:00:00 GMT");
      if ("\"v1\"".equals(etag)) {
        exchange.sendResponseHeaders(304, -1);
      } else {
        byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.createContext("/missing", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.createContext("/hang", exchange -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stopServer() {
    never.countDown();
    server.stop(0);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void fetchesWithUserAgentNamingTheBot() throws Exception {
    FeedFetcher.Response response = FeedFetcher.withDefaults().fetch(uri("/feed"), Optional.empty());
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(response.etag()).isEqualTo("\"v1\"");
    assertThat(userAgents).singleElement().asString().startsWith("paper-radar/");
  }

  @Test
  void conditionalGetReturnsNotModified() throws Exception {
    FeedFetcher.Response response = FeedFetcher.withDefaults()
        .fetch(uri("/feed"), Optional.of(new FeedFetcher.Validators("\"v1\"", null)));
    assertThat(response.notModified()).isTrue();
    assertThat(ifNoneMatch).containsExactly("\"v1\"");
  }

  @Test
  void non2xxStatusIsAClearError() {
    assertThatThrownBy(() -> FeedFetcher.withDefaults().fetch(uri("/missing"), Optional.empty()))
        .isInstanceOf(InputUnavailableException.class)
        .hasMessageEndingWith("/missing: HTTP 404 Not Found");
  }

  @Test
  void slowServerTimesOut() {
    FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(2), Duration.ofMillis(300));
    assertThatThrownBy(() -> fetcher.fetch(uri("/hang"), Optional.empty()))
        .isInstanceOf(InputUnavailableException.class)
        .hasMessageContaining("timed out");
  }

  @Test
  void unreachableServerIsAClearError() {
    URI closed = uri("/feed");
    server.stop(0);
    assertThatThrownBy(() -> FeedFetcher.withDefaults().fetch(closed, Optional.empty()))
        .isInstanceOf(InputUnavailableException.class)
        .hasMessageContaining("fetch failed");
  }
}
