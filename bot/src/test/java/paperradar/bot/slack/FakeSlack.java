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
 * chat.postMessage, conversations.history), response URLs, and a Socket Mode WebSocket. It records
 * every call; scripted answers for chat.postMessage come first, then a plain ok.
 */
final class FakeSlack implements AutoCloseable {

  static final String TEAM = "T0LAB";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded chat.postMessage: its form fields, blocks and metadata parsed. */
  record Post(String channel, String text, JsonNode blocks, JsonNode metadata) {}

  /** A scripted HTTP answer. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer error(String error) {
      return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    static Answer rateLimited(int seconds) {
      return new Answer(429, Map.of("Retry-After", Integer.toString(seconds)), "{\"ok\":false,\"error\":\"ratelimited\"}");
    }
  }

  final List<Post> posts = Collections.synchronizedList(new ArrayList<>());
  /** Posts that reached the channel, for conversations.history (a scripted failure may still deliver). */
  final List<Post> channelHistory = Collections.synchronizedList(new ArrayList<>());
  final List<JsonNode> responses = Collections.synchronizedList(new ArrayList<>());
  final List<String> methodsCalled = Collections.synchronizedList(new ArrayList<>());
  final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  final Deque<Answer> postAnswers = new ConcurrentLinkedDeque<>();
  /** When true, a scripted failure answer still puts the message in the channel (a lost response). */
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
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/respond/" + responseUrls.incrementAndGet();
  }

  Socket socket() {
    return socket;
  }

  private void method(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/api/".length());
    methodsCalled.add(name);
    authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    switch (name) {
      case "auth.test" -> write(exchange, new Answer(200, Map.of(), "{\"ok\":true,\"url\":\"https://lab.slack.test/\","
          + "\"team\":\"Lab\",\"user\":\"paper-radar\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"));
      case "apps.connections.open" -> write(exchange, new Answer(200, Map.of(),
          "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link\"}"));
      case "chat.postMessage" -> postMessage(exchange, form);
      case "conversations.history" -> history(exchange, form.get("channel"));
      default -> write(exchange, Answer.error("unknown_method"));
    }
  }

  private void postMessage(HttpExchange exchange, Map<String, String> form) throws IOException {
    Post post = new Post(form.get("channel"), form.get("text"), parse(form.get("blocks")), parse(form.get("metadata")));
    posts.add(post);
    Answer answer = postAnswers.poll();
    if (answer == null || deliverDespiteFailure) {
      channelHistory.add(post);
    }
    write(exchange, answer != null ? answer : new Answer(200, Map.of(),
        "{\"ok\":true,\"channel\":\"" + post.channel() + "\",\"ts\":\"" + posts.size() + ".000100\"}"));
  }

  private void history(HttpExchange exchange, String channel) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("ok", true).put("has_more", false);
    ArrayNode messages = body.putArray("messages");
    synchronized (channelHistory) {
      for (Post post : channelHistory) {
        if (post.channel().equals(channel)) {
          ObjectNode message = messages.addObject().put("type", "message").put("text", post.text())
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
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
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
      connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
          + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
    }

    /** Sends a slash command envelope to the newest connection. */
    void sendSlashCommand(String envelopeId, String channel, String user, String text, String responseUrl) {
      ObjectNode envelope = JSON.createObjectNode().put("envelope_id", envelopeId).put("type", "slash_commands")
          .put("accepts_response_payload", true);
      envelope.putObject("payload").put("token", "legacy").put("team_id", TEAM).put("team_domain", "lab")
          .put("channel_id", channel).put("channel_name", "lab").put("user_id", user).put("user_name", "ada")
          .put("command", "/papers").put("text", text).put("api_app_id", "A0APP").put("response_url", responseUrl)
          .put("trigger_id", "trigger-" + envelopeId).put("is_enterprise_install", "false");
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
