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
    server.createContext(
        "/feed",
        exchange -> {
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
    server.createContext(
        "/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.createContext(
        "/hang",
        exchange -> {
          try {
            never.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.createContext(
        "/drip",
        exchange -> {
          // Headers at once, then one byte at a time: every read succeeds, only a total deadline
          // ends it.
          exchange.sendResponseHeaders(200, 10_000);
          try (var body = exchange.getResponseBody()) {
            for (int i = 0;
                i < 10_000 && !never.await(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                i++) {
              body.write('x');
              body.flush();
            }
          } catch (IOException | InterruptedException clientGone) {
            // the fetcher gave up: what the test wants
          }
          exchange.close();
        });
    server.createContext(
        "/big",
        exchange -> {
          byte[] body = new byte[64 * 1024];
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          } catch (IOException clientGone) {
            // refused by its Content-Length
          }
          exchange.close();
        });
    server.createContext(
        "/big-chunked",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < 64; i++) {
              out.write(new byte[1024]);
            }
          } catch (IOException clientGone) {
            // refused while it streamed
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
    FeedFetcher.Response response =
        FeedFetcher.withDefaults().fetch(uri("/feed"), Optional.empty());
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(response.etag()).isEqualTo("\"v1\"");
    assertThat(userAgents).singleElement().asString().startsWith("paper-radar/");
  }

  @Test
  void conditionalGetReturnsNotModified() throws Exception {
    FeedFetcher.Response response =
        FeedFetcher.withDefaults()
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

  @Test
  void aServerThatDripsItsBodyIsCutOffAtTheTotalDeadline() throws Exception {
    FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(1), 1_000_000);
    var result =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              long start = System.nanoTime();
              try {
                fetcher.fetch(uri("/drip"), Optional.empty());
                return "fetched, which it must not";
              } catch (InputUnavailableException e) {
                return e.getMessage()
                    + " after "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis()
                    + " ms";
              }
            });

    // The drip would take 1,000 s; the deadline ends the fetch after 1 s (the wait is a bound, not
    // a sleep).
    String outcome = result.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(outcome).contains("/drip: timed out", "1 s deadline (fetch.deadlineSeconds)");
    long millis = Long.parseLong(outcome.replaceAll(".* after (\\d+) ms$", "$1"));
    assertThat(millis).isBetween(900L, 5_000L);
  }

  @Test
  void aBodyOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrStreamed() {
    FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 16 * 1024);
    for (String path : List.of("/big", "/big-chunked")) {
      assertThatThrownBy(() -> fetcher.fetch(uri(path), Optional.empty()))
          .as(path)
          .isInstanceOf(InputUnavailableException.class)
          .hasMessageEndingWith(
              path + ": is larger than the limit of 16384 bytes (fetch.maxBytes); refused");
    }
    // Under the cap, the same fetcher reads it.
    FeedFetcher roomy = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 64 * 1024);
    assertThat(catching(() -> roomy.fetch(uri("/big"), Optional.empty()).body().length))
        .isEqualTo(64 * 1024);
  }

  @Test
  void aFileOverTheCapIsRefusedBeforeItIsRead(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
    java.nio.file.Path file = temp.resolve("huge.xml");
    java.nio.file.Files.write(file, new byte[20_000]);
    InputLoader loader =
        new InputLoader(new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 16 * 1024));

    assertThatThrownBy(() -> loader.load(file.toString()))
        .isInstanceOf(InputUnavailableException.class)
        .hasMessage(file + ": is larger than the limit of 16384 bytes (fetch.maxBytes); refused");
    java.nio.file.Files.write(file, new byte[16 * 1024]);
    assertThat(loader.load(file.toString())).hasSize(16 * 1024);
  }

  @Test
  void aUrlOpenedForStreamingIsCopiedUnderTheCapHashedAndDeletedOnClose() throws Exception {
    InputLoader tight =
        new InputLoader(new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 16 * 1024));
    for (String path : List.of("/big", "/big-chunked")) {
      assertThatThrownBy(() -> tight.open(uri(path).toString()))
          .as(path)
          .isInstanceOf(InputUnavailableException.class)
          .hasMessageEndingWith(
              path + ": is larger than the limit of 16384 bytes (fetch.maxBytes); refused");
    }
    FeedFetcher roomyFetcher =
        new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 64 * 1024);
    byte[] body = roomyFetcher.fetch(uri("/big-chunked"), Optional.empty()).body();
    ListingInput input = new InputLoader(roomyFetcher).open(uri("/big-chunked").toString());
    try (input) {
      assertThat(input.size()).isEqualTo(body.length);
      assertThat(input.sha256()).isEqualTo(ListingInput.sha256(body));
      try (java.io.InputStream first = input.open();
          java.io.InputStream again = input.open()) {
        assertThat(first.readAllBytes()).isEqualTo(body);
        assertThat(again.readAllBytes()).as("read again from the start").isEqualTo(body);
      }
    }
    assertThatThrownBy(input::open)
        .as("the temporary copy is gone")
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void errorsNameTheUrlWithItsSecretsMasked() {
    URI secret =
        URI.create(
            "http://user:PASS@127.0.0.1:"
                + server.getAddress().getPort()
                + "/missing?api_key=SECRET&q=ok");
    assertThatThrownBy(() -> FeedFetcher.withDefaults().fetch(secret, Optional.empty()))
        .isInstanceOf(InputUnavailableException.class)
        .hasMessageContaining("http://***@127.0.0.1:")
        .hasMessageContaining("/missing?api_key=***&q=ok: HTTP 404")
        .hasMessageNotContaining("PASS")
        .hasMessageNotContaining("SECRET");
  }

  private interface Fetch<T> {
    T run() throws Exception;
  }

  private static <T> T catching(Fetch<T> fetch) {
    try {
      return fetch.run();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
