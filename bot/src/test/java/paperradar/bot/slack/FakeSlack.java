package paperradar.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Slack: the Web API methods paper-radar calls (auth.test, apps.connections.open,
 * chat.postMessage, conversations.history, oauth.v2.access), response URLs, and a Socket Mode
 * WebSocket. It records every call and the token it carried; scripted answers for chat.postMessage
 * come first, then a plain ok. Codes granted with {@link #grant} install a team once each;
 * auth.test answers for the team whose token it is given.
 */
final class FakeSlack implements AutoCloseable {

  static final String TEAM = "T0LAB";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One recorded chat.postMessage: its form fields, blocks and metadata parsed, and its bearer
   * token.
   */
  record Post(String channel, String text, JsonNode blocks, JsonNode metadata, String token) {}

  /** One recorded Web API call: the method and the bearer token (null without one). */
  record Call(String method, String token) {}

  /** What an authorization code installs: the team and the bot token it gets. */
  record Grant(String team, String enterprise, String botToken) {}

  /** A scripted HTTP answer. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer error(String error) {
      return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    static Answer rateLimited(int seconds) {
      return new Answer(
          429,
          Map.of("Retry-After", Integer.toString(seconds)),
          "{\"ok\":false,\"error\":\"ratelimited\"}");
    }
  }

  final List<Post> posts = Collections.synchronizedList(new ArrayList<>());

  /**
   * Posts that reached the channel, for conversations.history (a scripted failure may still
   * deliver).
   */
  final List<Post> channelHistory = Collections.synchronizedList(new ArrayList<>());

  final List<JsonNode> responses = Collections.synchronizedList(new ArrayList<>());
  final List<String> methodsCalled = Collections.synchronizedList(new ArrayList<>());
  final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  final Deque<Answer> postAnswers = new ConcurrentLinkedDeque<>();
  final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

  /** The form of each oauth.v2.access call (client id and secret, code, redirect URI). */
  final List<Map<String, String>> oauthExchanges = Collections.synchronizedList(new ArrayList<>());

  private final Map<String, Grant> grants = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> teamsByToken = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * When true, a scripted failure answer still puts the message in the channel (a lost response).
   */
  volatile boolean deliverDespiteFailure;

  private final HttpServer http;
  private final Socket socket;
  private final AtomicInteger responseUrls = new AtomicInteger();

  FakeSlack() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/api/", this::method);
    http.createContext("/respond/", this::respond);
    http.start();
    socket = new Socket(new InetSocketAddress("127.0.0.1", 0));
    socket.setReuseAddr(true);
    socket.start();
    try {
      if (!socket.started.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IOException("the fake Socket Mode server did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  String apiUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
  }

  String newResponseUrl() {
    return "http://127.0.0.1:"
        + http.getAddress().getPort()
        + "/respond/"
        + responseUrls.incrementAndGet();
  }

  Socket socket() {
    return socket;
  }

  private void method(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/api/".length());
    methodsCalled.add(name);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    authorizations.add(String.valueOf(authorization));
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7)
            : null;
    calls.add(new Call(name, token));
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    switch (name) {
      case "auth.test" -> {
        String team = token == null ? TEAM : teamsByToken.getOrDefault(token, TEAM);
        write(
            exchange,
            new Answer(
                200,
                Map.of(),
                "{\"ok\":true,\"url\":\"https://lab.slack.test/\","
                    + "\"team\":\"Lab\",\"user\":\"paper-radar\",\"team_id\":\""
                    + team
                    + "\",\"user_id\":\"U0BOT"
                    + team
                    + "\",\"bot_id\":\"B0BOT\"}"));
      }
      case "oauth.v2.access" -> oauthAccess(exchange, form);
      case "apps.connections.open" ->
          write(
              exchange,
              new Answer(
                  200,
                  Map.of(),
                  "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link\"}"));
      case "chat.postMessage" -> postMessage(exchange, form);
      case "conversations.history" -> history(exchange, form.get("channel"));
      default -> write(exchange, Answer.error("unknown_method"));
    }
  }

  private void postMessage(HttpExchange exchange, Map<String, String> form) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Post post =
        new Post(
            form.get("channel"),
            form.get("text"),
            parse(form.get("blocks")),
            parse(form.get("metadata")),
            authorization == null ? null : authorization.substring("Bearer ".length()));
    posts.add(post);
    Answer answer = postAnswers.poll();
    if (answer == null || deliverDespiteFailure) {
      channelHistory.add(post);
    }
    write(
        exchange,
        answer != null
            ? answer
            : new Answer(
                200,
                Map.of(),
                "{\"ok\":true,\"channel\":\""
                    + post.channel()
                    + "\",\"ts\":\""
                    + posts.size()
                    + ".000100\"}"));
  }

  /** Lets {@code code} install {@code team}, once, with {@code botToken}. */
  void grant(String code, String team, String enterprise, String botToken) {
    grants.put(code, new Grant(team, enterprise, botToken));
    teamsByToken.put(botToken, team);
  }

  /** Exchanges a granted code, once; Slack answers invalid_code for any other. */
  private void oauthAccess(HttpExchange exchange, Map<String, String> form) throws IOException {
    Map<String, String> seen = new LinkedHashMap<>(form);
    String basic = exchange.getRequestHeaders().getFirst("Authorization");
    if (basic != null && basic.startsWith("Basic ")) {
      String[] pair =
          new String(
                  java.util.Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
              .split(":", 2);
      seen.put("client_id", pair[0]);
      seen.put("client_secret", pair.length > 1 ? pair[1] : "");
    }
    oauthExchanges.add(seen);
    Grant grant = grants.remove(String.valueOf(form.get("code")));
    if (grant == null) {
      write(exchange, Answer.error("invalid_code"));
      return;
    }
    ObjectNode body =
        JSON.createObjectNode()
            .put("ok", true)
            .put("app_id", "A0APP")
            .put("access_token", grant.botToken())
            .put("token_type", "bot")
            .put("scope", "commands,chat:write,chat:write.public,channels:history,groups:history")
            .put("bot_user_id", "U0BOT" + grant.team())
            .put("is_enterprise_install", false);
    body.putObject("team").put("id", grant.team()).put("name", "Team " + grant.team());
    if (grant.enterprise() == null) {
      body.putNull("enterprise");
    } else {
      body.putObject("enterprise").put("id", grant.enterprise()).put("name", "Grid");
    }
    body.putObject("authed_user").put("id", "U0INSTALLER");
    write(exchange, new Answer(200, Map.of(), body.toString()));
  }

  /** The tokens the calls of one method carried, in order. */
  List<String> tokensOf(String method) {
    synchronized (calls) {
      return calls.stream().filter(call -> call.method().equals(method)).map(Call::token).toList();
    }
  }

  private void history(HttpExchange exchange, String channel) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("ok", true).put("has_more", false);
    ArrayNode messages = body.putArray("messages");
    synchronized (channelHistory) {
      for (Post post : channelHistory) {
        if (post.channel().equals(channel)) {
          ObjectNode message =
              messages
                  .addObject()
                  .put("type", "message")
                  .put("text", post.text())
                  .put("ts", "1.0001");
          if (post.metadata() != null) {
            message.set("metadata", post.metadata());
          }
        }
      }
    }
    write(exchange, new Answer(200, Map.of(), body.toString()));
  }

  private void respond(HttpExchange exchange) throws IOException {
    responses.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
    write(exchange, new Answer(200, Map.of(), "ok"));
  }

  /** Every text a response or post showed: what a person in the channel would read. */
  List<String> responseTexts() {
    synchronized (responses) {
      return responses.stream().map(JsonNode::toString).toList();
    }
  }

  private static JsonNode parse(String json) throws IOException {
    return json == null ? null : JSON.readTree(json);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isBlank()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key =
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value =
          equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      form.put(key, value);
    }
    return form;
  }

  private static void write(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() throws InterruptedException {
    http.stop(0);
    socket.stop(1_000);
  }

  /** The Socket Mode end: greets each connection with hello, sends envelopes, records the acks. */
  static final class Socket extends WebSocketServer {
    final List<JsonNode> acks = Collections.synchronizedList(new ArrayList<>());
    final List<WebSocket> connections = Collections.synchronizedList(new ArrayList<>());
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

    Socket(InetSocketAddress address) {
      super(address);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      connections.add(connection);
      connection.send(
          "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
              + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
    }

    /** Sends a slash command envelope to the newest connection. */
    void sendSlashCommand(
        String envelopeId, String channel, String user, String text, String responseUrl) {
      ObjectNode envelope =
          JSON.createObjectNode()
              .put("envelope_id", envelopeId)
              .put("type", "slash_commands")
              .put("accepts_response_payload", true);
      envelope
          .putObject("payload")
          .put("token", "legacy")
          .put("team_id", TEAM)
          .put("team_domain", "lab")
          .put("channel_id", channel)
          .put("channel_name", "lab")
          .put("user_id", user)
          .put("user_name", "ada")
          .put("command", "/papers")
          .put("text", text)
          .put("api_app_id", "A0APP")
          .put("response_url", responseUrl)
          .put("trigger_id", "trigger-" + envelopeId)
          .put("is_enterprise_install", "false");
      connections.getLast().send(envelope.toString());
    }

    boolean acked(String envelopeId) {
      synchronized (acks) {
        return acks.stream().anyMatch(ack -> envelopeId.equals(ack.path("envelope_id").asText()));
      }
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      try {
        acks.add(JSON.readTree(message));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      connections.remove(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception e) {}

    @Override
    public void onStart() {
      started.countDown();
    }
  }
}
