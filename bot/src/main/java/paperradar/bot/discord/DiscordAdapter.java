package paperradar.bot.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.bot.chat.AdapterStartFailure;
import paperradar.bot.chat.ChatAdapter;
import paperradar.bot.config.Settings;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DigestSender;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.subscribe.Topic;

/**
 * paper-radar in Discord through JDA's ShardManager: this process runs the shards {@code
 * discord.shards} names (all of them when empty), of {@code discord.shardsTotal} (Discord's
 * recommended total when 0). Each interaction arrives on exactly one shard, so processes that split
 * the shards answer each once.
 *
 * <p>Only the GUILDS intent is used: slash commands need no privileged intents, and the bot reads
 * no messages.
 */
public final class DiscordAdapter implements ChatAdapter {

  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  private final Settings.Discord settings;
  private final String token;
  private final DiscordCommands listener;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private @Nullable ShardManager shards;
  private @Nullable DiscordSender sender;

  public DiscordAdapter(
      Settings.Discord settings,
      String token,
      CommandService commands,
      Function<ChannelRef, List<Topic>> topics) {
    this.settings = settings;
    this.token = token;
    this.listener = new DiscordCommands(commands, topics, workers);
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public void start() throws InterruptedException, AdapterStartFailure {
    checkToken();
    // No message of this bot may ping, replies included.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
            .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
            // Plain JSON frames: a few more bytes for a bot that receives little, and readable in a
            // capture.
            .setCompression(Compression.NONE)
            .setEnableShutdownHook(false)
            .addEventListeners(listener)
            .setShardsTotal(settings.shardsTotal() == 0 ? -1 : settings.shardsTotal());
    if (!settings.shardIds().isEmpty()) {
      builder.setShards(settings.shardIds());
    }
    ShardManager started = builder.build();
    shards = started;
    sender = new DiscordSender(started, new RequestPacer(settings.requestsPerSecond()));
    for (JDA shard : started.getShards()) {
      shard.awaitReady();
    }
    registerCommands(started);
    log.info(
        "discord: {} shard(s) of {} connected",
        started.getShards().size(),
        started.getShardsTotal());
  }

  /**
   * {@code GET users/@me}, the call JDA makes first, made here so that a failure reads as its cause
   * in one line (unreachable, or the token refused) rather than as JDA's exception and trace.
   */
  private void checkToken() throws InterruptedException, AdapterStartFailure {
    URI me = URI.create(settings.apiUrl()).resolve("users/@me");
    HttpResponse<Void> answer;
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      answer =
          http.send(
              HttpRequest.newBuilder(me)
                  .timeout(Duration.ofSeconds(20))
                  .header("Authorization", "Bot " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw AdapterStartFailure.unreachable(me.getHost(), e);
    }
    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
      throw AdapterStartFailure.tokenRefused(
          "bot token", "HTTP " + answer.statusCode() + " from users/@me");
    }
    if (answer.statusCode() / 100 != 2) {
      throw new AdapterStartFailure("users/@me answered HTTP " + answer.statusCode());
    }
  }

  private void registerCommands(ShardManager shards) {
    if (settings.guildId().isEmpty()) {
      // Global commands belong to the application, not a shard: the process that runs shard 0
      // registers them.
      JDA first = shards.getShardById(0);
      if (first == null) {
        return;
      }
      first
          .updateCommands()
          .addCommands(PapersSlashCommand.definition())
          .queue(
              done -> log.info("discord: /papers registered globally"),
              failure -> log.warn("discord: registering /papers failed: {}", failure.toString()));
      return;
    }
    Guild guild = shards.getGuildById(settings.guildId());
    if (guild == null) {
      log.warn(
          "discord: guild {} (discord.guildId) is not on this process's shards; /papers not registered there",
          settings.guildId());
      return;
    }
    guild
        .updateCommands()
        .addCommands(PapersSlashCommand.definition())
        .queue(
            done -> log.info("discord: /papers registered in guild {}", settings.guildId()),
            failure -> log.warn("discord: registering /papers failed: {}", failure.toString()));
  }

  @Override
  public DigestSender digestSender() {
    DiscordSender sender = this.sender;
    if (sender == null) {
      throw new IllegalStateException("start the Discord adapter before asking for its sender");
    }
    return sender;
  }

  @Override
  public String describe() {
    ShardManager shards = this.shards;
    return shards == null
        ? "starting"
        : "on (" + shards.getShards().size() + " of " + shards.getShardsTotal() + " shards)";
  }

  @Override
  public void close() {
    if (shards != null) {
      shards.shutdown();
    }
    workers.close();
  }
}
