package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.cli.CliRuns;
import paperradar.core.fixtures.Conditions;

/**
 * The store is the one truth for every process: what a command-line ingest stores beside a running
 * bot is found by the bot's {@code /papers search} without a restart, on H2 (the CLI beside the bot
 * on one data directory, found within the catch-up period) and on PostgreSQL (found within 5 s, by
 * NOTIFY).
 */
class StoreFeedIT {

  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>arXiv Query</title>
        <id>http://arxiv.org/api/feed-it</id>
        <updated>2026-11-22T00:00:00Z</updated>
        <entry>
          <id>http://arxiv.org/abs/2611.07777v1</id>
          <published>2026-11-21T10:00:00Z</published>
          <updated>2026-11-21T10:00:00Z</updated>
          <title>Quokkas Follow the Store</title>
          <summary>A paper one process stores and another finds.</summary>
          <author><name>Ada Feed</name></author>
        </entry>
      </feed>
      """;

  @TempDir Path temp;

  @Test
  void onH2TheCliIngestsBesideARunningBotAndTheBotFindsThePaperWithinTheCatchUpPeriod()
      throws Exception {
    Path data = temp.resolve("data");
    Path config = temp.resolve("radar.yaml");
    Files.writeString(config, "index:\n  catchUpSeconds: 2\n");
    Path log = temp.resolve("bot.log");
    try (BotProcess bot =
        BotProcess.startWithConsole(
            log, Map.of(), "--data", data.toString(), "--config", config.toString())) {
      assertThat(Conditions.await(Duration.ofSeconds(90), () -> logContains(log, "papers> ")))
          .as("the bot is up; the log ends:%n%s", BotProcess.logTail(log, 40))
          .isTrue();

      CliRuns.Result ingest =
          CliRuns.run(
              data,
              "--config",
              config.toString(),
              "ingest",
              "--as-of",
              "2026-11-22",
              feed().toString());
      assertThat(ingest.exitCode())
          .as("ingest beside the bot: %s %s", ingest.out(), ingest.err())
          .isZero();
      CliRuns.Result search = CliRuns.run(data, "--config", config.toString(), "search", "quokkas");
      assertThat(search.exitCode()).as("search beside the bot: %s", search.err()).isZero();
      assertThat(search.out()).contains("Quokkas Follow the Store");

      assertThat(botFinds(bot, log, Duration.ofSeconds(2 + 8)))
          .as(
              "the running bot's search found the CLI's paper; the log ends:%n%s",
              BotProcess.logTail(log, 40))
          .isTrue();
    }
  }

  @Test
  void onPostgresqlAPaperOneProcessIngestsIsFoundByAnotherRunningProcessWithinFiveSeconds()
      throws Exception {
    String url = System.getenv("PAPERRADAR_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      System.out.println(
          "SKIPPED: PAPERRADAR_TEST_POSTGRES_URL is not set, so the two-process test does not run");
    }
    assumeTrue(url != null && !url.isBlank(), "PAPERRADAR_TEST_POSTGRES_URL is not set");
    String schema = "feed_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      // A catch-up period far longer than the wait: only the NOTIFY can bring the paper in time.
      Path config = temp.resolve("radar.yaml");
      Files.writeString(config, "index:\n  catchUpSeconds: 3600\n");
      Path log = temp.resolve("b.log");
      try (BotProcess b =
          BotProcess.startWithConsole(
              log,
              Map.of(),
              "--data",
              temp.resolve("b").toString(),
              "--database-url",
              schemaUrl,
              "--config",
              config.toString())) {
        assertThat(Conditions.await(Duration.ofSeconds(90), () -> logContains(log, "papers> ")))
            .as("process B is up; its log ends:%n%s", BotProcess.logTail(log, 40))
            .isTrue();
        CliRuns.Result ingest =
            CliRuns.run(
                temp.resolve("a"),
                "--database-url",
                schemaUrl,
                "--config",
                config.toString(),
                "ingest",
                "--as-of",
                "2026-11-22",
                feed().toString());
        assertThat(ingest.exitCode())
            .as("process A's ingest: %s %s", ingest.out(), ingest.err())
            .isZero();
        assertThat(botFinds(b, log, Duration.ofSeconds(5)))
            .as(
                "process B's search found A's paper within 5 s; its log ends:%n%s",
                BotProcess.logTail(log, 40))
            .isTrue();
      }
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /**
   * Asks the bot's console to search, again and again, until its answer shows the paper or time is
   * up.
   */
  private static boolean botFinds(BotProcess bot, Path log, Duration within) throws Exception {
    Writer console = bot.console();
    int[] polls = {0};
    return Conditions.await(
        within,
        () -> {
          // Asked about every half second (the wait polls every 50 ms), so the log is not flooded
          // with answers.
          if (polls[0]++ % 10 == 0) {
            try {
              console.write("/papers search quokkas\n");
              console.flush();
            } catch (java.io.IOException e) {
              return false;
            }
          }
          return logContains(log, "Quokkas Follow the Store");
        });
  }

  private Path feed() throws java.io.IOException {
    Path file = temp.resolve("quokkas.xml");
    if (!Files.exists(file)) {
      Files.writeString(file, FEED);
    }
    return file;
  }

  private static boolean logContains(Path log, String text) {
    try {
      return Files.exists(log) && Files.readString(log).contains(text);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
