package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.schedule.BotProcess;
import paperradar.core.fixtures.Conditions;

/**
 * Two packaged bot processes, clustered on one PostgreSQL database, each running one of the two
 * shards of one fake Discord gateway. Every interaction, whichever guild it comes from, is answered
 * exactly once, by the process whose shard carries the guild.
 */
class DiscordShardsIT {

  private static final int GUILDS = 6;
  private static final int INTERACTIONS = 60;

  @TempDir Path temp;

  @Test
  void twoProcessesOnTwoShardsAnswerEveryInteractionOnce() throws Exception {
    String url = System.getenv("PAPERRADAR_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      System.out.println(
          "SKIPPED: PAPERRADAR_TEST_POSTGRES_URL is not set, so the two-shard cluster test does not run");
    }
    assumeTrue(url != null && !url.isBlank(), "PAPERRADAR_TEST_POSTGRES_URL is not set");
    String schema = "shards_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (FakeDiscord discord = new FakeDiscord(2)) {
      List<String> guilds = new ArrayList<>();
      for (int i = 0; i < GUILDS; i++) {
        String guild = Long.toString((1_000L + i) << 22);
        guilds.add(guild);
        discord.addGuild(guild, Long.toString(((2_000L + i) << 22) + 1));
      }
      assertThat(guilds.stream().map(discord::shardOf).distinct()).containsExactlyInAnyOrder(0, 1);
      Path log = temp.resolve("bots.log");
      Map<String, String> token = Map.of("DISCORD_TOKEN", "fake-token");
      try (BotProcess first =
              BotProcess.start(
                  log,
                  token,
                  "--data",
                  temp.resolve("a").toString(),
                  "--database-url",
                  schemaUrl,
                  "--config",
                  config("0", discord.apiUrl()).toString());
          BotProcess second =
              BotProcess.start(
                  log,
                  token,
                  "--data",
                  temp.resolve("b").toString(),
                  "--database-url",
                  schemaUrl,
                  "--config",
                  config("1", discord.apiUrl()).toString())) {
        assertThat(Conditions.await(Duration.ofSeconds(90), () -> discord.shardsReady(2)))
            .as("both shards identified; log in %s", log)
            .isTrue();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < INTERACTIONS; i++) {
          String guild = guilds.get(i % GUILDS);
          String channel = Long.toString(((2_000L + i % GUILDS) << 22) + 1);
          ids.add(
              discord.slashCommand(
                  guild,
                  channel,
                  "1100000000000000077",
                  false,
                  null,
                  i % 2 == 0 ? "trending" : "help",
                  Map.of()));
        }
        assertThat(
                Conditions.await(
                    Duration.ofSeconds(60),
                    () -> ids.stream().allMatch(id -> answered(discord, id))))
            .as("every interaction answered; log in %s", log)
            .isTrue();
        assertThat(first.isAlive() && second.isAlive()).isTrue();
        // Discord takes one callback per interaction: a second process answering would post a
        // second one. A slow answer is a deferral (type 5) finished by one edit of the original,
        // which is still one answer.
        assertThat(ids)
            .allSatisfy(
                id -> {
                  assertThat(callbacks(discord, id)).hasSize(1);
                  assertThat(discord.answersTo(id).size() - 1)
                      .isLessThanOrEqualTo(isDeferral(callbacks(discord, id).get(0)) ? 1 : 0);
                });
        assertThat(discord.calls("PUT", "applications/"))
            .as("only shard 0's process registers /papers")
            .hasSize(1);
        assertThat(Files.readString(log))
            .as("the default log level still says which adapters are on")
            .contains("discord=on (1 of 2 shards)", "slack=off (no SLACK_BOT_TOKEN)");
        System.out.printf(
            "two-shard test: %d interactions over %d guilds on 2 shards, each answered once%n",
            ids.size(), GUILDS);
      }
    }
  }

  private Path config(String shard, String apiUrl) throws Exception {
    Path file = temp.resolve("shard-" + shard + ".yaml");
    Files.writeString(
        file,
        """
        scheduler:
          clusterCheckinMillis: 1000
        discord:
          shards: "%s"
          shardsTotal: 2
          apiUrl: "%s"
        """
            .formatted(shard, apiUrl));
    return file;
  }

  private static List<FakeDiscord.Call> callbacks(FakeDiscord discord, String id) {
    return discord.answersTo(id).stream()
        .filter(call -> call.path().endsWith("/callback"))
        .toList();
  }

  private static boolean isDeferral(FakeDiscord.Call callback) {
    return callback.body() != null && callback.body().path("type").asInt() == 5;
  }

  /** Answered: an immediate reply, or a deferral and then the edit that finishes it. */
  private static boolean answered(FakeDiscord discord, String id) {
    List<FakeDiscord.Call> callbacks = callbacks(discord, id);
    return !callbacks.isEmpty()
        && (!isDeferral(callbacks.get(0)) || discord.answersTo(id).size() > 1);
  }
}
