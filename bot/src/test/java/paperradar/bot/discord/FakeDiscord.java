package paperradar.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;

/**
 * A local Discord: the REST routes JDA calls (users/@me, gateway/bot, command registration,
 * interaction callbacks, webhook follow-ups, channel messages) and a gateway that says HELLO,
 * answers IDENTIFY with READY and GUILD_CREATE for the guilds of the identifying shard,
 * acknowledges heartbeats, and sends INTERACTION_CREATE to the shard that carries the guild. It
 * records every request, with when it came.
 *
 * <p>It can enforce Discord's global limit on channel messages (a token bucket of N requests a
 * second): a post over it gets a global 429 with {@code retry_after}, as Discord answers. The tests
 * and the benchmarks use it; nothing here reaches the internet.
 */
public final class FakeDiscord implements AutoCloseable {

  public static final String BOT_ID = "1100000000000000001";
  public static final String APP_ID = "1100000000000000002";

  /** A role with Manage Channels; members holding it may change a channel's topics and digest. */
  public static final String MODERATOR_ROLE = "1100000000000000003";

  static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private static final long MANAGE_CHANNELS = 1L << 4;
  private static final long VIEW_SEND_EMBED_READ =
      (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 31);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded REST request, and when it arrived ({@link System#nanoTime()}). */
  public record Call(String method, String path, JsonNode body, long receivedNanos) {}

  /** A scripted answer for POST channels/{id}/messages. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer rateLimited(double seconds) {
      return new Answer(
          429,
          Map.of(
              "Retry-After",
              Integer.toString((int) Math.ceil(seconds)),
              "X-RateLimit-Scope",
              "user",
              "X-RateLimit-Bucket",
              "messages"),
          "{\"message\":\"You are being rate limited.\",\"retry_after\":"
              + seconds
              + ",\"global\":false}");
    }

    public static Answer error(int status, int code, String message) {
      return new Answer(
          status, Map.of(), "{\"message\":\"" + message + "\",\"code\":" + code + "}");
    }
  }

  public final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  public final Deque<Answer> messageAnswers = new ConcurrentLinkedDeque<>();

  /** guild id -> its channel ids, as GUILD_CREATE will describe them. */
  private final Map<String, List<String>> guilds = new ConcurrentHashMap<>();

  private final HttpServer http;
  private final Gateway gateway;
  private final int shardsTotal;
  private final AtomicLong snowflakes = new AtomicLong();
  private final Map<String, List<Call>> answersByInteraction = new ConcurrentHashMap<>();

  private final GlobalLimit globalLimit;

  /** Captured gateway frames to send instead of the made-up HELLO and READY; null: make them up. */
  private volatile String helloFrame;

  private volatile ObjectNode readyFrame;

  /**
   * The bot's own user id: the made-up one, or the replayed READY's. GUILD_CREATE must list it as a
   * member.
   */
  private volatile String selfId = BOT_ID;

  public FakeDiscord(int shardsTotal) throws IOException, InterruptedException {
    this(shardsTotal, 0);
  }

  /**
   * @param messagesPerSecond the global limit on channel messages; 0 for none
   */
  public FakeDiscord(int shardsTotal, int messagesPerSecond)
      throws IOException, InterruptedException {
    this.shardsTotal = shardsTotal;
    this.globalLimit = new GlobalLimit(messagesPerSecond);
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    http.createContext("/api/v10/", this::rest);
    http.start();
    gateway = new Gateway();
    gateway.setReuseAddr(true);
    gateway.start();
    if (!gateway.started.await(10, TimeUnit.SECONDS)) {
      throw new IOException("the fake gateway did not start");
    }
  }

  /**
   * Replays real frames: this HELLO verbatim, and this READY dispatch with only its resume URL
   * pointed here (a test must never reconnect to Discord). The READY's guilds should be added with
   * {@link #addGuild}, so that their GUILD_CREATE follows.
   */
  public void replay(String hello, String readyDispatch) throws IOException {
    ObjectNode ready = (ObjectNode) JSON.readTree(readyDispatch);
    ((ObjectNode) ready.get("d")).put("resume_gateway_url", "ws://127.0.0.1:" + gateway.getPort());
    this.helloFrame = hello;
    this.readyFrame = ready;
    this.selfId = ready.at("/d/user/id").asText(BOT_ID);
  }

  /** Sends a captured or hand-written interaction object to the shard carrying its guild. */
  public void sendInteraction(JsonNode interaction) {
    gateway.dispatch(
        shardOf(interaction.path("guild_id").asText()), "INTERACTION_CREATE", interaction);
  }

  public void addGuild(String guildId, String... channelIds) {
    guilds.put(guildId, List.of(channelIds));
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
  }

  /** Which shard carries a guild: Discord's rule. */
  public int shardOf(String guildId) {
    return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % shardsTotal);
  }

  /** A snowflake of now, as interaction ids must be (JDA derives their expiry from it). */
  public String snowflake() {
    return Long.toUnsignedString(
        ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) + snowflakes.incrementAndGet());
  }

  /** The shards that identified and got their guilds. */
  public boolean shardsReady(int count) {
    return gateway.ready.size() >= count;
  }

  // ---- interactions -----------------------------------------------------------------------------

  /** Sends /papers with a subcommand (and group) and options; returns the interaction id. */
  public String slashCommand(
      String guildId,
      String channelId,
      String userId,
      boolean moderator,
      @Nullable String group,
      String subcommand,
      Map<String, Object> options) {
    ObjectNode data =
        JSON.createObjectNode()
            .put("id", "1100000000000000009")
            .put("name", "papers")
            .put("type", 1);
    ArrayNode top = data.putArray("options");
    ObjectNode sub;
    if (group != null) {
      ObjectNode groupNode = top.addObject().put("name", group).put("type", 2);
      sub = groupNode.putArray("options").addObject().put("name", subcommand).put("type", 1);
    } else {
      sub = top.addObject().put("name", subcommand).put("type", 1);
    }
    ArrayNode subOptions = sub.putArray("options");
    options.forEach(
        (name, value) -> {
          ObjectNode option = subOptions.addObject().put("name", name);
          switch (value) {
            case Boolean b -> option.put("type", 5).put("value", b);
            case Integer i -> option.put("type", 4).put("value", i);
            default -> option.put("type", 3).put("value", value.toString());
          }
        });
    return interaction(2, guildId, channelId, userId, moderator, data, null);
  }

  /**
   * Sends an autocomplete request for the topic option of a subcommand, with what was typed so far.
   */
  public String autocomplete(String guildId, String channelId, String subcommand, String typed) {
    ObjectNode data =
        JSON.createObjectNode()
            .put("id", "1100000000000000009")
            .put("name", "papers")
            .put("type", 1);
    data.putArray("options")
        .addObject()
        .put("name", subcommand)
        .put("type", 1)
        .putArray("options")
        .addObject()
        .put("name", "topic")
        .put("type", 3)
        .put("value", typed)
        .put("focused", true);
    return interaction(4, guildId, channelId, "1100000000000000077", false, data, null);
  }

  /** Presses a button whose custom id the bot set on one of its messages. */
  public String pressButton(String guildId, String channelId, String customId) {
    ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
    ObjectNode message = message(channelId, guildId, JSON.createObjectNode());
    return interaction(3, guildId, channelId, "1100000000000000077", false, data, message);
  }

  private String interaction(
      int type,
      String guildId,
      String channelId,
      String userId,
      boolean moderator,
      ObjectNode data,
      ObjectNode message) {
    String id = snowflake();
    ObjectNode d =
        JSON.createObjectNode()
            .put("id", id)
            .put("application_id", APP_ID)
            .put("type", type)
            .put("token", "token-" + id)
            .put("version", 1)
            .put("guild_id", guildId)
            .put("channel_id", channelId)
            .put("locale", "en-US")
            .put("guild_locale", "en-US")
            .put("app_permissions", "2248473465835073")
            .put("context", 0);
    d.set("data", data);
    d.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
    d.set("channel", channel(channelId, guildId));
    ObjectNode member = d.putObject("member");
    member.set("user", user(userId, "member-" + userId.substring(userId.length() - 3), false));
    ArrayNode roles = member.putArray("roles");
    if (moderator) {
      roles.add(MODERATOR_ROLE);
    }
    member
        .put("permissions", Long.toString(VIEW_SEND_EMBED_READ | (moderator ? MANAGE_CHANNELS : 0)))
        .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0)
        .put("pending", false);
    d.putArray("entitlements");
    d.putObject("authorizing_integration_owners").put("0", guildId);
    if (message != null) {
      d.set("message", message);
    }
    gateway.dispatch(shardOf(guildId), "INTERACTION_CREATE", d);
    return id;
  }

  /** The callbacks and follow-ups that answered one interaction, in order. */
  public List<Call> answersTo(String interactionId) {
    List<Call> answers = answersByInteraction.getOrDefault(interactionId, List.of());
    synchronized (answers) {
      return List.copyOf(answers);
    }
  }

  /** Calls to a path that starts with this prefix and uses this method. */
  public List<Call> calls(String method, String pathPrefix) {
    synchronized (calls) {
      return calls.stream()
          .filter(call -> call.method().equals(method) && call.path().startsWith(pathPrefix))
          .toList();
    }
  }

  // ---- REST -------------------------------------------------------------------------------------

  private void rest(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
    String method = exchange.getRequestMethod();
    JsonNode body = body(exchange);
    Call call = new Call(method, path, body, System.nanoTime());
    calls.add(call);
    String interaction = interactionOf(path);
    if (interaction != null) {
      answersByInteraction
          .computeIfAbsent(interaction, id -> Collections.synchronizedList(new ArrayList<>()))
          .add(call);
    }
    if (method.equals("GET") && path.equals("users/@me")) {
      write(exchange, 200, Map.of(), user(selfId, "paper-radar", true).toString());
    } else if (method.equals("GET") && path.equals("gateway/bot")) {
      write(
          exchange,
          200,
          Map.of(),
          "{\"url\":\"ws://127.0.0.1:"
              + gateway.getPort()
              + "\",\"shards\":"
              + shardsTotal
              + ",\"session_start_limit\":{\"total\":1000,\"remaining\":999,\"reset_after\":0,\"max_concurrency\":16}}");
    } else if (method.equals("PUT") && path.startsWith("applications/")) {
      write(exchange, 200, Map.of(), registeredCommands(body).toString());
    } else if (method.equals("POST") && path.startsWith("interactions/")) {
      write(exchange, 204, Map.of(), "");
    } else if (path.startsWith("webhooks/")) {
      write(exchange, 200, Map.of(), message("1100000000000000050", null, body).toString());
    } else if (method.equals("POST")
        && path.startsWith("channels/")
        && path.endsWith("/messages")) {
      Answer answer = messageAnswers.poll();
      if (answer == null && !globalLimit.tryAcquire()) {
        answer = globalLimit.rateLimited();
      }
      globalLimit.record(answer == null || answer.status() != 429);
      if (answer != null) {
        write(exchange, answer.status(), answer.headers(), answer.body());
      } else {
        write(exchange, 200, Map.of(), message(path.split("/")[1], null, body).toString());
      }
    } else {
      write(exchange, 404, Map.of(), "{\"message\":\"404: Not Found\",\"code\":0}");
    }
  }

  /**
   * The interaction a callback or follow-up answers: interactions/{id}/… or
   * webhooks/{app}/token-{id}.
   */
  private static String interactionOf(String path) {
    String[] parts = path.split("/");
    if (parts[0].equals("interactions") && parts.length > 1) {
      return parts[1];
    }
    if (parts[0].equals("webhooks") && parts.length > 2 && parts[2].startsWith("token-")) {
      return parts[2].substring("token-".length());
    }
    return null;
  }

  private ArrayNode registeredCommands(JsonNode body) {
    ArrayNode commands = JSON.createArrayNode();
    if (body != null && body.isArray()) {
      for (JsonNode command : body) {
        ObjectNode registered =
            ((ObjectNode) command.deepCopy())
                .put("id", snowflake())
                .put("application_id", APP_ID)
                .put("version", snowflake());
        commands.add(registered);
      }
    }
    return commands;
  }

  /** The request's JSON, whether sent as JSON or as multipart with a payload_json part. */
  private static JsonNode body(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    if (bytes.length == 0) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (type.startsWith("multipart/")) {
      int name = text.indexOf("name=\"payload_json\"");
      int start = text.indexOf("\r\n\r\n", name) + 4;
      int end = text.indexOf("\r\n--", start);
      text = text.substring(start, end);
    }
    return JSON.readTree(text);
  }

  private ObjectNode message(String channelId, String guildId, JsonNode sent) {
    ObjectNode message =
        JSON.createObjectNode()
            .put("id", snowflake())
            .put("channel_id", channelId)
            .put("type", 0)
            .put("content", sent == null ? "" : sent.path("content").asText(""))
            .put("timestamp", "2026-11-22T09:00:00.000000+00:00")
            .putNull("edited_timestamp")
            .put("tts", false)
            .put("mention_everyone", false)
            .put("pinned", false)
            .put("flags", 0);
    if (guildId != null) {
      message.put("guild_id", guildId);
    }
    message.set("author", user(selfId, "paper-radar", true));
    ArrayNode embeds = message.putArray("embeds");
    if (sent != null && sent.has("embeds")) {
      sent.get("embeds")
          .forEach(embed -> embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich")));
    }
    message.set(
        "components",
        sent != null && sent.has("components") ? sent.get("components") : JSON.createArrayNode());
    message.putArray("attachments");
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("reactions");
    return message;
  }

  private static ObjectNode user(String id, String name, boolean bot) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("username", name)
        .put("discriminator", "0")
        .putNull("avatar")
        .put("global_name", name)
        .put("public_flags", 0)
        .put("bot", bot);
  }

  private static ObjectNode channel(String id, String guildId) {
    ObjectNode channel =
        JSON.createObjectNode()
            .put("id", id)
            .put("type", 0)
            .put("guild_id", guildId)
            .put("name", "papers-" + id.substring(id.length() - 3))
            .put("position", 0)
            .put("nsfw", false)
            .putNull("parent_id")
            .putNull("topic")
            .putNull("last_message_id")
            .put("rate_limit_per_user", 0)
            .put("flags", 0);
    channel.putArray("permission_overwrites");
    return channel;
  }

  private ObjectNode guildCreate(String guildId) {
    ObjectNode guild =
        JSON.createObjectNode()
            .put("id", guildId)
            .put("name", "Lab " + guildId)
            .put("owner_id", "1100000000000000099")
            .put("member_count", 3)
            .put("afk_timeout", 300)
            .put("verification_level", 0)
            .put("default_message_notifications", 0)
            .put("explicit_content_filter", 0)
            .put("mfa_level", 0)
            .put("premium_tier", 0)
            .put("premium_subscription_count", 0)
            .put("preferred_locale", "en-US")
            .put("nsfw_level", 0)
            .put("max_members", 500_000)
            .put("premium_progress_bar_enabled", false)
            .put("large", false)
            .put("unavailable", false)
            .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
            .put("system_channel_flags", 0);
    guild.putArray("features");
    ArrayNode roles = guild.putArray("roles");
    roles.add(role(guildId, "@everyone", VIEW_SEND_EMBED_READ, 0));
    roles.add(role(MODERATOR_ROLE, "moderators", VIEW_SEND_EMBED_READ | MANAGE_CHANNELS, 1));
    ObjectNode botMember = guild.putArray("members").addObject();
    botMember.set("user", user(selfId, "paper-radar", true));
    botMember.putArray("roles");
    botMember
        .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0);
    ArrayNode channels = guild.putArray("channels");
    guilds
        .getOrDefault(guildId, List.of())
        .forEach(channelId -> channels.add(channel(channelId, guildId)));
    for (String empty :
        List.of(
            "threads",
            "emojis",
            "stickers",
            "voice_states",
            "guild_scheduled_events",
            "stage_instances",
            "presences",
            "soundboard_sounds")) {
      guild.putArray(empty);
    }
    return guild;
  }

  private static ObjectNode role(String id, String name, long permissions, int position) {
    ObjectNode role =
        JSON.createObjectNode()
            .put("id", id)
            .put("name", name)
            .put("permissions", Long.toString(permissions))
            .put("position", position)
            .put("color", 0)
            .put("hoist", false)
            .put("managed", false)
            .put("mentionable", false)
            .put("flags", 0);
    role.putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    return role;
  }

  private static void write(
      HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (status != 204) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    http.stop(0);
    gateway.stop(1_000);
  }

  /**
   * Channel messages refused with 429, and the longest run of them with no accepted message
   * between.
   */
  public int rateLimited() {
    return globalLimit.refused;
  }

  public int longestRunOf429s() {
    return globalLimit.longestRun;
  }

  /** Discord's global limit as a token bucket: N a second, at most N at once. */
  private static final class GlobalLimit {
    private final int perSecond;
    private double tokens;
    private long last = System.nanoTime();
    private int refused;
    private int run;
    private int longestRun;

    GlobalLimit(int perSecond) {
      this.perSecond = perSecond;
      this.tokens = perSecond;
    }

    synchronized boolean tryAcquire() {
      if (perSecond == 0) {
        return true;
      }
      long now = System.nanoTime();
      tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized Answer rateLimited() {
      double wait = (1 - tokens) / perSecond;
      return new Answer(
          429,
          Map.of("Retry-After", "1", "X-RateLimit-Global", "true", "X-RateLimit-Scope", "global"),
          String.format(
              java.util.Locale.ROOT,
              "{\"message\":\"You are being rate limited.\",\"retry_after\":%.3f,\"global\":true}",
              wait));
    }

    synchronized void record(boolean accepted) {
      if (accepted) {
        run = 0;
      } else {
        refused++;
        longestRun = Math.max(longestRun, ++run);
      }
    }
  }

  // ---- gateway ----------------------------------------------------------------------------------

  /** The gateway: one connection per shard, identified by the shard it sends in IDENTIFY. */
  final class Gateway extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    final Map<Integer, WebSocket> ready = new ConcurrentHashMap<>();
    private final Map<WebSocket, AtomicInteger> sequences = new ConcurrentHashMap<>();

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      sequences.put(connection, new AtomicInteger());
      connection.send(
          helloFrame != null
              ? helloFrame
              : "{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
      JsonNode frame;
      try {
        frame = JSON.readTree(text);
      } catch (IOException e) {
        return;
      }
      switch (frame.path("op").asInt()) {
        case 1 -> connection.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
        case 2 -> identify(connection, frame.path("d"));
        default -> {}
      }
    }

    private void identify(WebSocket connection, JsonNode identify) {
      JsonNode shardInfo = identify.path("shard");
      int shard = shardInfo.isArray() ? shardInfo.get(0).asInt() : 0;
      ObjectNode readyPayload =
          JSON.createObjectNode()
              .put("v", 10)
              .put("session_id", "session-" + shard)
              .put("resume_gateway_url", "ws://127.0.0.1:" + getPort());
      readyPayload.set("user", user(BOT_ID, "paper-radar", true));
      readyPayload.putObject("application").put("id", APP_ID).put("flags", 0);
      readyPayload.putArray("private_channels");
      readyPayload.putArray("shard").add(shard).add(shardsTotal);
      ArrayNode readyGuilds = readyPayload.putArray("guilds");
      List<String> mine =
          guilds.keySet().stream().filter(id -> shardOf(id) == shard).sorted().toList();
      mine.forEach(id -> readyGuilds.addObject().put("id", id).put("unavailable", true));
      if (readyFrame != null) {
        sequences.get(connection).set(readyFrame.path("s").asInt());
        connection.send(readyFrame.toString());
      } else {
        send(connection, "READY", readyPayload);
      }
      mine.forEach(id -> send(connection, "GUILD_CREATE", guildCreate(id)));
      synchronized (ready) {
        ready.put(shard, connection);
        ready.notifyAll();
      }
    }

    /**
     * Sends to the shard's connection. A client is ready once GUILD_CREATE arrives, which may be
     * before this gateway's thread has recorded the connection, so a test that dispatches at once
     * waits for it (a few seconds at most) rather than racing it.
     */
    void dispatch(int shard, String event, JsonNode payload) {
      WebSocket connection;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      synchronized (ready) {
        while ((connection = ready.get(shard)) == null && System.nanoTime() < deadline) {
          try {
            ready.wait(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      if (connection == null) {
        throw new IllegalStateException("no process runs shard " + shard);
      }
      send(connection, event, payload);
    }

    private void send(WebSocket connection, String event, JsonNode payload) {
      ObjectNode frame =
          JSON.createObjectNode()
              .put("op", 0)
              .put("t", event)
              .put("s", sequences.get(connection).incrementAndGet());
      frame.set("d", payload);
      connection.send(frame.toString());
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      ready.values().remove(connection);
      sequences.remove(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception e) {}

    @Override
    public void onStart() {
      started.countDown();
    }
  }
}
