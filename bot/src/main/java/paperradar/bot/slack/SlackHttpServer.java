package paperradar.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import paperradar.bot.http.HttpListener;
import paperradar.bot.http.HttpListener.Answer;
import paperradar.bot.http.HttpListener.Exchange;

/**
 * HTTP mode: Slack POSTs slash commands and button presses to one path. Each request passes the
 * {@link SlackRequestGate} on its raw bytes (signed, within five minutes either way, never replayed; 401
 * otherwise) before Bolt parses it; a signed body Bolt cannot parse gets 400. Jetty serves it
 * ({@link HttpListener}: timeouts, a body limit, a bounded pool); any load balancer can sit in front of several
 * processes, which share the replay check through the store.
 */
final class SlackHttpServer implements AutoCloseable {

  private final HttpListener listener;

  private SlackHttpServer(HttpListener listener) {
    this.listener = listener;
  }

  /** Listens on every interface: Slack reaches it from outside (through a proxy that ends TLS). */
  static SlackHttpServer start(App app, SlackRequestGate gate, int port, String path) throws Exception {
    SlackRequestParser parser = new SlackRequestParser(app.config());
    return new SlackHttpServer(HttpListener.start("slack", "0.0.0.0", port, HttpListener.Limits.DEFAULT,
        Map.of(path, exchange -> answer(app, parser, gate, exchange))));
  }

  int port() {
    return listener.port();
  }

  private static Answer answer(App app, SlackRequestParser parser, SlackRequestGate gate, Exchange exchange)
      throws Exception {
    if (!"POST".equals(exchange.method())) {
      return Answer.text(405, "POST only");
    }
    if (gate.check(exchange.header("X-Slack-Request-Timestamp"), exchange.header("X-Slack-Signature"),
        exchange.body(), exchange.remoteAddress()) instanceof SlackRequestGate.Verdict.Refused refused) {
      return Answer.text(refused.status(), refused.status() == 401 ? "unauthorized" : "unavailable");
    }
    Request<?> request;
    try {
      request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(exchange.path())
          .queryString(Map.of())
          .headers(new RequestHeaders(new HashMap<>(exchange.headers())))
          .requestBody(new String(exchange.body(), StandardCharsets.UTF_8))
          .remoteAddress(exchange.remoteAddress())
          .build());
    } catch (RuntimeException e) {
      return Answer.text(400, "not a Slack request");
    }
    if (request == null) {
      return Answer.text(400, "not a Slack request");
    }
    Response response = app.run(request);
    Map<String, List<String>> headers = new HashMap<>(response.getHeaders());
    headers.remove("Content-Type");
    byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
    return new Answer(response.getStatusCode(), response.getContentType(), headers, body);
  }

  @Override
  public void close() {
    listener.close();
  }
}
