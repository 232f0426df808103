package paperradar.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener's own limits, on loopback: unknown paths, bodies over the limit, idle connections
 * closed.
 */
class HttpListenerTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private HttpListener listener;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();

  @BeforeEach
  void start() throws Exception {
    HttpListener.Limits limits =
        new HttpListener.Limits(
            Duration.ofMillis(500),
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            4096,
            1024,
            8,
            100);
    listener =
        HttpListener.start(
            "test",
            "127.0.0.1",
            0,
            limits,
            Map.of(
                "/echo",
                exchange ->
                    HttpListener.Answer.text(
                        200,
                        exchange.method()
                            + " "
                            + exchange.body().length
                            + " "
                            + exchange.header("X-Test"))));
  }

  @AfterEach
  void stop() {
    listener.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + listener.port() + path);
  }

  @Test
  void aRouteGetsTheMethodTheBodyAndTheHeadersWhateverTheirCase() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(uri("/echo"))
                .timeout(BOUND)
                .header("x-TEST", "yes")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("POST 5 yes");
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/nothing")).timeout(BOUND).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrStreamed() throws Exception {
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/echo"))
                        .timeout(BOUND)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2048]))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(413);
    // No Content-Length: the publisher's length is unknown, so the client sends it chunked.
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/echo"))
                        .timeout(BOUND)
                        .POST(
                            HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(new byte[2048])))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(413);
  }

  @Test
  void aConnectionThatStopsHalfWayThroughItsHeadersIsClosedAtTheIdleTimeout() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", listener.port())) {
      socket.setSoTimeout((int) BOUND.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write("GET /echo HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      InputStream in = socket.getInputStream();
      // Jetty may answer 408 before closing; either way the stream ends well before the read's 10 s
      // bound.
      in.readAllBytes();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aConnectionThatDripsItsHeadersFasterThanTheIdleTimeoutIsClosedAtTheHeaderDeadline()
      throws Exception {
    try (Socket socket = new Socket("127.0.0.1", listener.port());
        var dripper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor()) {
      socket.setSoTimeout((int) BOUND.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write("GET /echo HTTP/1.1\r\nHost: x\r\nX-Drip: ".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      // One byte every 200 ms, well within the 500 ms idle timeout, from another thread.
      dripper.scheduleAtFixedRate(
          () -> {
            try {
              out.write('x');
              out.flush();
            } catch (java.io.IOException closed) {
              throw new java.io.UncheckedIOException(closed);
            }
          },
          200,
          200,
          java.util.concurrent.TimeUnit.MILLISECONDS);

      socket.getInputStream().readAllBytes();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(800), Duration.ofSeconds(5));
    }
  }
}
