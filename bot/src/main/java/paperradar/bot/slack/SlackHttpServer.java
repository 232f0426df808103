package paperradar.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: Slack POSTs slash commands and button presses to one path, and Bolt's own request
 * verification checks each signature (a missing, wrong or over five-minute-old one gets 401). Bolt's
 * {@code App.run(Request)} is transport-free, so the JDK's HTTP server is enough; any load balancer can
 * sit in front of several processes.
 */
final class SlackHttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final ExecutorService threads;

  private SlackHttpServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static SlackHttpServer start(App app, int port, String path) throws IOException {
    SlackRequestParser parser = new SlackRequestParser(app.config());
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(threads);
    server.createContext(path, exchange -> handle(app, parser, exchange));
    server.start();
    return new SlackHttpServer(server, threads);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void handle(App app, SlackRequestParser parser, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        write(exchange, 405, "text/plain", "POST only");
        return;
      }
      byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        write(exchange, 413, "text/plain", "too large");
        return;
      }
      Map<String, List<String>> headers = new HashMap<>(exchange.getRequestHeaders());
      Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(exchange.getRequestURI().getPath())
          .queryString(Map.of())
          .headers(new RequestHeaders(headers))
          .requestBody(new String(bytes, StandardCharsets.UTF_8))
          .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
          .build());
      if (request == null) {
        write(exchange, 400, "text/plain", "not a Slack request");
        return;
      }
      Response response = app.run(request);
      response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      write(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
    } catch (Exception e) {
      log.warn("Slack request failed: {}", e.toString());
    }
  }

  private static void write(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.close();
  }
}
