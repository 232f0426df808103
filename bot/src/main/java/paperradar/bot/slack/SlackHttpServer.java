package paperradar.bot.slack;

import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import paperradar.bot.http.HttpListener;
import paperradar.bot.http.HttpListener.Answer;
import paperradar.bot.http.HttpListener.Exchange;

/**
 * HTTP mode: Slack POSTs slash commands and button presses to one path. Each request passes the
 * {@link SlackRequestGate} on its raw bytes (signed, within five minutes either way, never
 * replayed; 401 otherwise) before Bolt parses it; a signed body Bolt cannot parse gets 400. Jetty
 * serves it ({@link HttpListener}: timeouts, a body limit, a bounded pool); any load balancer can
 * sit in front of several processes, which share the replay check through the store.
 *
 * <p>With OAuth, two more paths take unsigned GETs from browsers, and only GETs: the install path
 * (a redirect to Slack's consent page with a fresh state) and the redirect path (Slack sends the
 * installer back with a code and that state). Bolt checks the state and exchanges the code; no
 * other path skips the gate.
 */
final class SlackHttpServer implements AutoCloseable {

  private final HttpListener listener;

  private SlackHttpServer(HttpListener listener) {
    this.listener = listener;
  }

  /** The OAuth install and redirect paths. */
  record OAuthPaths(String install, String redirect) {}

  /** Listens on every interface: Slack reaches it from outside (through a proxy that ends TLS). */
  static SlackHttpServer start(App app, SlackRequestGate gate, int port, String path)
      throws Exception {
    return start(app, gate, port, path, null);
  }

  /** The same, with the OAuth paths when the app installs in many workspaces (null: none). */
  static SlackHttpServer start(
      App app, SlackRequestGate gate, int port, String path, @Nullable OAuthPaths oauth)
      throws Exception {
    SlackRequestParser parser = new SlackRequestParser(app.config());
    Map<String, HttpListener.Route> routes = new HashMap<>();
    routes.put(path, exchange -> answer(app, parser, gate, exchange));
    if (oauth != null) {
      routes.put(oauth.install(), exchange -> oauthStart(app, exchange));
      routes.put(oauth.redirect(), exchange -> oauthCallback(app, exchange));
    }
    return new SlackHttpServer(
        HttpListener.start("slack", "0.0.0.0", port, HttpListener.Limits.DEFAULT, routes));
  }

  private static Answer oauthStart(App app, Exchange exchange) throws Exception {
    if (!"GET".equals(exchange.method())) {
      return Answer.text(405, "GET only");
    }
    return toAnswer(app.run(new OAuthStartRequest("", headers(exchange))));
  }

  private static Answer oauthCallback(App app, Exchange exchange) throws Exception {
    if (!"GET".equals(exchange.method())) {
      return Answer.text(405, "GET only");
    }
    Map<String, List<String>> query = query(exchange.query());
    return toAnswer(
        app.run(
            new OAuthCallbackRequest(
                query, "", VerificationCodePayload.from(query), headers(exchange))));
  }

  private static RequestHeaders headers(Exchange exchange) {
    return new RequestHeaders(new HashMap<>(exchange.headers()));
  }

  static Map<String, List<String>> query(String query) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return values;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key =
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value =
          equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return values;
  }

  int port() {
    return listener.port();
  }

  private static Answer answer(
      App app, SlackRequestParser parser, SlackRequestGate gate, Exchange exchange)
      throws Exception {
    if (!"POST".equals(exchange.method())) {
      return Answer.text(405, "POST only");
    }
    if (gate.check(
            exchange.header("X-Slack-Request-Timestamp"),
            exchange.header("X-Slack-Signature"),
            exchange.body(),
            exchange.remoteAddress())
        instanceof SlackRequestGate.Verdict.Refused refused) {
      return Answer.text(
          refused.status(), refused.status() == 401 ? "unauthorized" : "unavailable");
    }
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
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
    return toAnswer(app.run(request));
  }

  private static Answer toAnswer(Response response) {
    Map<String, List<String>> headers = new HashMap<>(response.getHeaders());
    headers.remove("Content-Type");
    byte[] body =
        response.getBody() == null
            ? new byte[0]
            : response.getBody().getBytes(StandardCharsets.UTF_8);
    return new Answer(response.getStatusCode(), response.getContentType(), headers, body);
  }

  @Override
  public void close() {
    listener.close();
  }
}
