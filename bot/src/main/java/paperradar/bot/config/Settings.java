package paperradar.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.poll.Source;
import paperradar.core.rank.TrendingConfig;
import paperradar.core.subscribe.ChannelSettings;

/** What an operator can set in {@code paper-radar.yaml}; {@link ConfigLoader} reads it. */
public record Settings(
    Trending trending,
    Digest digest,
    Scheduler scheduler,
    List<SourceSetting> sources,
    Webhook webhook,
    Http http,
    Fetch fetch,
    Slack slack,
    Discord discord,
    Arxiv arxiv,
    Index index,
    ChannelFeeds channelFeeds,
    Notices notices) {

  /**
   * The feeds channels add themselves ({@code /papers feed add}): polled every {@code
   * intervalMinutes}.
   */
  public record ChannelFeeds(int intervalMinutes) {
    public ChannelFeeds {
      if (intervalMinutes < 5 || intervalMinutes > 10_080) {
        throw new IllegalArgumentException(
            "channelFeeds.intervalMinutes must be 5 to 10080 (a week), not " + intervalMinutes);
      }
    }

    public Duration interval() {
      return Duration.ofMinutes(intervalMinutes);
    }
  }

  /**
   * When a feed breaks: a notice after it has failed for {@code afterHours}, and one when it works
   * again. A channel's own feed notifies that channel; a configured source notifies the log and the
   * {@code channels} listed here, each as {@code platform:workspace:channel}.
   */
  public record Notices(int afterHours, List<String> channels) {
    public Notices {
      if (afterHours < 1 || afterHours > 720) {
        throw new IllegalArgumentException(
            "notices.afterHours must be 1 to 720 (30 days), not " + afterHours);
      }
      channels = channels == null ? List.of() : List.copyOf(channels);
      for (String channel : channels) {
        channelRef(channel);
      }
    }

    public Duration after() {
      return Duration.ofHours(afterHours);
    }

    /** The channels, parsed. */
    public List<ChannelRef> channelRefs() {
      return channels.stream().map(Notices::channelRef).toList();
    }

    private static ChannelRef channelRef(String text) {
      String[] parts = text == null ? new String[0] : text.strip().split(":", -1);
      if (parts.length != 3
          || parts[0].isBlank()
          || parts[2].isBlank()
          || !parts[0].matches("[a-z]+")) {
        throw new IllegalArgumentException(
            "notices.channels: \""
                + text
                + "\" is not a channel like slack:T0123:C0456 or discord:<guild id>:<channel id>");
      }
      try {
        return new ChannelRef(Platform.fromId(parts[0]), parts[1], parts[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "notices.channels: \"" + text + "\": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Enrichment from the arXiv API: its base URL (tests point it at a local fake), and how often
   * {@code run} enriches in the background (0 turns that off; {@code paper-radar enrich} works
   * either way).
   */
  public record Arxiv(String apiUrl, int enrichMinutes) {
    public Arxiv {
      if (apiUrl == null || !(apiUrl.startsWith("http://") || apiUrl.startsWith("https://"))) {
        throw new IllegalArgumentException(
            "arxiv.apiUrl must be an http(s) URL, not \"" + apiUrl + "\"");
      }
      if (enrichMinutes < 0 || enrichMinutes > 10_080) {
        throw new IllegalArgumentException(
            "arxiv.enrichMinutes must be 0 (off) to 10080 (a week), not " + enrichMinutes);
      }
    }
  }

  /**
   * How this process's search index follows the store: a catch-up every {@code catchUpSeconds}; and
   * whether {@code run} embeds papers ({@code embeddings}: {@code /papers similar}, semantic
   * topics, "For you").
   */
  public record Index(int catchUpSeconds, boolean embeddings) {
    public Index {
      if (catchUpSeconds < 1 || catchUpSeconds > 3_600) {
        throw new IllegalArgumentException(
            "index.catchUpSeconds must be 1 to 3600, not " + catchUpSeconds);
      }
    }

    public Duration catchUp() {
      return Duration.ofSeconds(catchUpSeconds);
    }
  }

  /**
   * The Slack adapter; its tokens come from the environment or the secrets file, never from here.
   * With a {@code clientId} (HTTP mode only) it serves every workspace that installs it through
   * OAuth at {@code publicUrl} + {@code installPath}, and Slack sends the installer back to {@code
   * redirectPath}.
   */
  public record Slack(
      Mode mode,
      int port,
      String path,
      String apiUrl,
      String clientId,
      String installPath,
      String redirectPath,
      String publicUrl) {
    /**
     * How Slack reaches the bot: {@code socket} (Socket Mode, an outgoing WebSocket, no public
     * address) or {@code http} (Slack POSTs to {@code path}).
     */
    public enum Mode {
      SOCKET("socket"),
      HTTP("http");

      private final String id;

      Mode(String id) {
        this.id = id;
      }

      /** The value {@code slack.mode} takes. */
      @JsonValue
      public String id() {
        return id;
      }

      /**
       * Reads {@code slack.mode}; the configuration loader puts the key in front of the message.
       *
       * @throws IllegalArgumentException naming the value and the two it may be
       */
      @JsonCreator
      public static Mode fromId(String id) {
        for (Mode mode : values()) {
          if (mode.id.equals(id)) {
            return mode;
          }
        }
        throw new IllegalArgumentException("must be socket or http, not \"" + id + "\"");
      }

      @Override
      public String toString() {
        return id;
      }
    }

    public Slack {
      Objects.requireNonNull(mode, "slack.mode");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("slack.port must be a TCP port, not " + port);
      }
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("slack.path must start with /, not \"" + path + "\"");
      }
      apiUrl = httpUrl("slack.apiUrl", apiUrl);
      clientId = clientId == null ? "" : clientId.strip();
      if (!clientId.isEmpty() && !clientId.matches("[0-9]+\\.[0-9]+")) {
        throw new IllegalArgumentException(
            "slack.clientId must be the app's Client ID (Basic Information, digits"
                + " like 1234567890.1234567890) or empty, not \""
                + clientId
                + "\"");
      }
      installPath = slackPath("slack.installPath", installPath, "/slack/install");
      redirectPath = slackPath("slack.redirectPath", redirectPath, "/slack/oauth_redirect");
      if (installPath.equals(redirectPath)
          || installPath.equals(path)
          || redirectPath.equals(path)) {
        throw new IllegalArgumentException(
            "slack.path, slack.installPath and slack.redirectPath must differ");
      }
      publicUrl = publicUrl == null ? "" : publicUrl.strip();
      if (!publicUrl.isEmpty()) {
        publicUrl = httpUrl("slack.publicUrl", publicUrl);
        publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
      }
      if (!clientId.isEmpty() && mode != Mode.HTTP) {
        throw new IllegalArgumentException(
            "slack.clientId (installs in many workspaces) needs slack.mode: http");
      }
      if (!clientId.isEmpty() && publicUrl.isEmpty()) {
        throw new IllegalArgumentException(
            "slack.clientId needs slack.publicUrl, the https address Slack and"
                + " browsers reach this process at (for the redirect URL)");
      }
    }

    /** The single-workspace settings: no OAuth. */
    public Slack(Mode mode, int port, String path, String apiUrl) {
      this(mode, port, path, apiUrl, "", "/slack/install", "/slack/oauth_redirect", "");
    }

    public boolean socketMode() {
      return mode == Mode.SOCKET;
    }

    /**
     * Whether workspaces install the app through OAuth (many workspaces) rather than one bot token.
     */
    public boolean oauth() {
      return !clientId.isEmpty();
    }

    /** The redirect URL to register with Slack: the public URL and the redirect path. */
    public String redirectUrl() {
      return publicUrl + redirectPath;
    }

    private static String slackPath(String key, String value, String fallback) {
      String path = value == null || value.isBlank() ? fallback : value.strip();
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException(key + " must start with /, not \"" + path + "\"");
      }
      return path;
    }
  }

  /**
   * The Discord adapter; its token comes from the environment or the secrets file, never from here.
   */
  public record Discord(
      String guildId, String shards, int shardsTotal, int requestsPerSecond, String apiUrl) {
    public Discord {
      if (requestsPerSecond < 1 || requestsPerSecond > 50) {
        throw new IllegalArgumentException(
            "discord.requestsPerSecond must be 1 to 50 (Discord's global limit), not "
                + requestsPerSecond);
      }
      guildId = guildId == null ? "" : guildId.strip();
      if (!guildId.isEmpty() && !guildId.matches("\\d{1,20}")) {
        throw new IllegalArgumentException(
            "discord.guildId must be a guild's numeric id or empty, not \"" + guildId + "\"");
      }
      shards = shards == null ? "" : shards.strip();
      if (!shards.isEmpty() && !shards.matches("\\d+(\\s*,\\s*\\d+)*")) {
        throw new IllegalArgumentException(
            "discord.shards must be shard ids like \"0,1\" or empty, not \"" + shards + "\"");
      }
      if (shardsTotal < 0) {
        throw new IllegalArgumentException(
            "discord.shardsTotal must be 0 (Discord's recommendation) or more");
      }
      if (!shards.isEmpty() && shardsTotal == 0) {
        throw new IllegalArgumentException(
            "discord.shards needs discord.shardsTotal: the ids split a known total");
      }
      if (parseShards(shards).stream().anyMatch(id -> id >= shardsTotal) && shardsTotal > 0) {
        throw new IllegalArgumentException(
            "discord.shards \"" + shards + "\" must be below discord.shardsTotal " + shardsTotal);
      }
      apiUrl = httpUrl("discord.apiUrl", apiUrl);
    }

    /** This process's shard ids; empty means all of them. */
    public List<Integer> shardIds() {
      return parseShards(shards);
    }

    private static List<Integer> parseShards(String shards) {
      return shards.isEmpty()
          ? List.of()
          : Arrays.stream(shards.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
  }

  private static String httpUrl(String key, String url) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new IllegalArgumentException(key + " must be an http(s) URL, not \"" + url + "\"");
    }
    return url.endsWith("/") ? url : url + "/";
  }

  /** The operations endpoint's port (0 when it is off) and the address it listens on. */
  public record Http(int port, String bind) {
    public Http {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("http.port must be 0 (off) or a TCP port, not " + port);
      }
      bind = bind == null ? "" : bind.strip();
      if (!bind.matches("[A-Za-z0-9.:\\-]+")) {
        throw new IllegalArgumentException(
            "http.bind must be an address such as 127.0.0.1 or 0.0.0.0, not \"" + bind + "\"");
      }
    }
  }

  /** The bounds of every fetch of a feed or input: a total deadline and a size cap. */
  public record Fetch(int deadlineSeconds, long maxBytes) {
    public Fetch {
      if (deadlineSeconds < 1 || deadlineSeconds > 3_600) {
        throw new IllegalArgumentException(
            "fetch.deadlineSeconds must be 1 to 3600, not " + deadlineSeconds);
      }
      if (maxBytes < 1_024 || maxBytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "fetch.maxBytes must be 1024 to 2147483639 (2 GB), not " + maxBytes);
      }
    }

    public Duration deadline() {
      return Duration.ofSeconds(deadlineSeconds);
    }
  }

  public Settings {
    sources = List.copyOf(sources);
  }

  /** The scheduler's threads and cluster check-in. */
  public record Scheduler(int threads, long clusterCheckinMillis) {
    public Scheduler {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("scheduler.threads must be 1 to 64, not " + threads);
      }
      if (clusterCheckinMillis < 500) {
        throw new IllegalArgumentException("scheduler.clusterCheckinMillis must be at least 500");
      }
    }
  }

  /** One polled feed. */
  public record SourceSetting(String url, String format, Integer intervalMinutes) {
    public SourceSetting {
      if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new IllegalArgumentException(
            "sources[].url must be an http(s) URL, not \"" + url + "\"");
      }
      if (format != null && ListingFormat.fromCliName(format).isEmpty()) {
        throw new IllegalArgumentException(
            "sources[].format \"" + format + "\" is not a format paper-radar reads");
      }
      if (intervalMinutes == null) {
        intervalMinutes = 60;
      }
      if (intervalMinutes < 1) {
        throw new IllegalArgumentException("sources[].intervalMinutes must be at least 1");
      }
    }

    public Source toSource() {
      return new Source(
          url,
          format == null ? Optional.empty() : ListingFormat.fromCliName(format),
          Duration.ofMinutes(intervalMinutes));
    }
  }

  /** The webhook adapter's URL; empty when it is off. */
  public record Webhook(String url) {
    public Webhook {
      if (url != null && !url.isBlank() && !isHttpUrlWithHost(url.strip())) {
        throw new IllegalArgumentException(
            "webhook.url must be an http(s) URL like https://example.org/hook, or empty, "
                + "not \""
                + url
                + "\"");
      }
    }

    private static boolean isHttpUrlWithHost(String url) {
      try {
        URI uri = new URI(url);
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null;
      } catch (URISyntaxException e) {
        return false;
      }
    }

    public Optional<URI> uri() {
      return url == null || url.isBlank() ? Optional.empty() : Optional.of(URI.create(url.strip()));
    }
  }

  /** Digest defaults for channels that set none. */
  public record Digest(
      String time,
      String days,
      String timeZone,
      String whenEmpty,
      int perTopic,
      int graceHours,
      int sweepSeconds,
      int leaseSeconds) {

    public Digest {
      if (perTopic < 1 || perTopic > 50) {
        throw new IllegalArgumentException(
            "digest.perTopic must be between 1 and 50, not " + perTopic);
      }
      if (graceHours < 0 || sweepSeconds < 1 || leaseSeconds < 5) {
        throw new IllegalArgumentException(
            "digest.graceHours must be ≥ 0, sweepSeconds ≥ 1 and leaseSeconds ≥ 5");
      }
      try {
        LocalTime.parse(time);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "digest.time must be a time of day like 08:00, not \"" + time + "\"");
      }
      if (!days.equals("weekdays") && !days.equals("daily")) {
        throw new IllegalArgumentException(
            "digest.days must be weekdays or daily, not \"" + days + "\"");
      }
      try {
        ZoneId.of(timeZone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "digest.timeZone must be an IANA zone like Europe/Berlin, not \"" + timeZone + "\"");
      }
      if (!whenEmpty.equals("skip") && !whenEmpty.equals("say")) {
        throw new IllegalArgumentException(
            "digest.whenEmpty must be skip or say, not \"" + whenEmpty + "\"");
      }
    }

    /** The settings a channel has until someone changes them. */
    public ChannelSettings channelDefaults() {
      return new ChannelSettings(
          ChannelRef.console("defaults"),
          LocalTime.parse(time),
          ZoneId.of(timeZone),
          days.equals("weekdays"),
          true,
          whenEmpty.equals("say"),
          true,
          null,
          null);
    }
  }

  /** The trending formula's constants (see the README). */
  public record Trending(double gravity, double offsetHours, int oldPaperDays, Weights weights) {

    public Trending {
      positive("trending.gravity", gravity);
      positive("trending.offsetHours", offsetHours);
      if (oldPaperDays < 0) {
        throw new IllegalArgumentException(
            "trending.oldPaperDays must be 0 or more, not " + oldPaperDays);
      }
    }

    public TrendingConfig toConfig() {
      return new TrendingConfig(
          gravity,
          offsetHours,
          weights.upvotes(),
          weights.hackerNews(),
          weights.reddit(),
          weights.comments(),
          weights.source(),
          weights.listing(),
          oldPaperDays);
    }
  }

  /** The weight of one point of each signal, and of each source and listing. */
  public record Weights(
      double upvotes,
      double hackerNews,
      double reddit,
      double comments,
      double source,
      double listing) {

    public Weights {
      notNegative("trending.weights.upvotes", upvotes);
      notNegative("trending.weights.hackerNews", hackerNews);
      notNegative("trending.weights.reddit", reddit);
      notNegative("trending.weights.comments", comments);
      notNegative("trending.weights.source", source);
      notNegative("trending.weights.listing", listing);
    }
  }

  private static void positive(String key, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(key + " must be greater than 0, not " + shown(value));
    }
  }

  private static void notNegative(String key, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(key + " must be 0 or more, not " + shown(value));
    }
  }

  /** {@code -1} rather than {@code -1.0}: the number as the operator likely wrote it. */
  private static String shown(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }
}
