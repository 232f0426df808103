package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.cli.CliRuns;
import paperradar.core.fixtures.BenchChannels;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.Platform;
import paperradar.core.store.Database;

/**
 * Twenty rounds of: a bot process delivers digests to a local chat endpoint, is killed with kill -9
 * at a random point, and is started again. Over all rounds no digest may be lost and none shown
 * twice.
 */
class DigestCrashIT {

  private static final int ROUNDS = 20;
  private static final int CHANNELS_PER_ROUND = 5;

  /** Each send and retry in the log, so that a failed round can be read from the test's output. */
  private static final Map<String, String> VERBOSE = Map.of("PAPERRADAR_LOG_LEVEL", "INFO");

  @TempDir Path temp;

  @Test
  void killedAtRandomPointsNoDigestIsLostAndNoneIsShownTwice() throws Exception {
    Path data = temp.resolve("data");
    try (FakeWebhook chat = new FakeWebhook(7, 150)) {
      Path config = temp.resolve("radar.yaml");
      Files.writeString(
          config,
          """
          digest:
            sweepSeconds: 1
            leaseSeconds: 5
          webhook:
            url: "%s"
          """
              .formatted(chat.url()));
      assertThat(
              CliRuns.run(data, "ingest", fixture("daily-papers-nov22.json").toString()).exitCode())
          .isZero();
      Random random = new Random(20261122);
      Path log = temp.resolve("bot.log");
      int kills = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        try (Database database = Database.embedded(data)) {
          BenchChannels.addDueNow(
              database.dataSource(),
              Platform.WEBHOOK,
              "crash",
              (round - 1) * CHANNELS_PER_ROUND,
              CHANNELS_PER_ROUND);
        }
        int thisRound = round;
        int expected = round * CHANNELS_PER_ROUND;
        int killAfter = chat.requests() + random.nextInt(CHANNELS_PER_ROUND + 1);
        BotProcess doomed =
            BotProcess.start(
                log, VERBOSE, "--data", data.toString(), "--config", config.toString());
        Conditions.await(
            Duration.ofSeconds(60), () -> chat.requests() >= killAfter || !doomed.isAlive());
        doomed.kill();
        kills++;
        try (BotProcess survivor =
            BotProcess.start(
                log, VERBOSE, "--data", data.toString(), "--config", config.toString())) {
          assertThat(
                  Conditions.await(Duration.ofSeconds(90), () -> chat.channelsServed() == expected))
              .as(
                  () ->
                      "round %d: all %d channels served, %d were (%s); the restarted process is %s; the log ends:%n%s"
                          .formatted(
                              thisRound,
                              expected,
                              chat.channelsServed(),
                              chat.shown().keySet(),
                              survivor.state(),
                              BotProcess.logTail(log, 80)))
              .isTrue();
        }
      }

      Map<String, Set<String>> shown = chat.shown();
      assertThat(kills).isEqualTo(ROUNDS);
      assertThat(shown).hasSize(ROUNDS * CHANNELS_PER_ROUND);
      assertThat(shown.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));
      System.out.printf(
          "crash test: %d rounds, %d digests shown once each, %d requests, %d repeated sends absorbed "
              + "by their Idempotency-Key%n",
          ROUNDS, shown.size(), chat.requests(), chat.repeats());
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
