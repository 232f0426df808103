package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.cli.CliRuns;
import paperradar.core.fixtures.BenchChannels;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.Platform;
import paperradar.core.store.Database;

/**
 * Two bot processes clustered on one PostgreSQL database share 200 channels whose digests are due
 * in the same minute. One is killed with kill -9 partway through; the other finishes. Each digest
 * is shown once.
 */
class DigestClusterIT {

  private static final int CHANNELS = 200;

  @TempDir Path temp;

  @Test
  void twoProcessesDeliverEachDigestOnceEvenWhenOneDies() throws Exception {
    String url = System.getenv("PAPERRADAR_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      System.out.println(
          "SKIPPED: PAPERRADAR_TEST_POSTGRES_URL is not set, so the cluster test does not run");
    }
    assumeTrue(url != null && !url.isBlank(), "PAPERRADAR_TEST_POSTGRES_URL is not set");
    String schema = "cluster_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (FakeWebhook chat = new FakeWebhook(11, 200)) {
      Path config = temp.resolve("radar.yaml");
      Files.writeString(
          config,
          """
          digest:
            sweepSeconds: 1
            leaseSeconds: 5
          scheduler:
            threads: 4
            clusterCheckinMillis: 1000
          webhook:
            url: "%s"
          """
              .formatted(chat.url()));
      assertThat(
              CliRuns.run(
                      temp.resolve("a"),
                      "--database-url",
                      schemaUrl,
                      "ingest",
                      fixture("daily-papers-nov22.json").toString())
                  .exitCode())
          .isZero();
      try (Database database = Database.connect(schemaUrl)) {
        BenchChannels.addDueNow(database.dataSource(), Platform.WEBHOOK, "cluster", 0, CHANNELS);
      }
      Path log = temp.resolve("bots.log");
      BotProcess first =
          BotProcess.start(
              log,
              "--data",
              temp.resolve("a").toString(),
              "--database-url",
              schemaUrl,
              "--config",
              config.toString());
      int sentBeforeKill;
      try (BotProcess second =
          BotProcess.start(
              log,
              "--data",
              temp.resolve("b").toString(),
              "--database-url",
              schemaUrl,
              "--config",
              config.toString())) {
        String firstPid = Long.toString(first.pid());
        // A process that died at start would otherwise be noticed only when the wait runs out.
        Conditions.await(
            Duration.ofSeconds(90),
            () ->
                chat.bySender().getOrDefault(firstPid, 0) >= 10
                    || !first.isAlive()
                    || !second.isAlive());
        assertThat(chat.bySender().getOrDefault(firstPid, 0))
            .as(
                () ->
                    "the first process took a share of the work (first %s, second %s); the log ends:%n%s"
                        .formatted(first.state(), second.state(), BotProcess.logTail(log, 80)))
            .isGreaterThanOrEqualTo(10);
        first.kill();
        sentBeforeKill = chat.requests();
        Conditions.await(
            Duration.ofSeconds(120), () -> chat.channelsServed() == CHANNELS || !second.isAlive());
        assertThat(chat.channelsServed())
            .as(
                () ->
                    "the survivor (%s) served every channel; the log ends:%n%s"
                        .formatted(second.state(), BotProcess.logTail(log, 80)))
            .isEqualTo(CHANNELS);
      }

      Map<String, Set<String>> shown = chat.shown();
      assertThat(shown).hasSize(CHANNELS);
      assertThat(shown.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));
      assertThat(chat.bySender()).as("both processes sent digests").hasSize(2);
      assertThat(sentBeforeKill).as("killed partway through").isLessThan(CHANNELS);
      System.out.printf(
          "cluster test: %d digests shown once each, %d requests (by process: %s), %d repeated sends "
              + "absorbed%n",
          shown.size(), chat.requests(), chat.bySender(), chat.repeats());
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private Path fixture(String name) throws IOException {
    Path target = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }
}
