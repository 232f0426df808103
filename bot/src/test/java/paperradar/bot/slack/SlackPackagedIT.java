package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.schedule.BotProcess;
import paperradar.core.fixtures.Conditions;

/**
 * The packaged bot with Slack tokens in its environment: it connects in Socket Mode to a fake
 * Slack, answers /papers, logs which adapters are on and why the others are off, and never logs a
 * token.
 */
class SlackPackagedIT {

  private static final String BOT_TOKEN = "xoxb-1111-secret-bot-token";
  private static final String APP_TOKEN = "xapp-1-secret-app-token";

  @TempDir Path temp;

  @Test
  void theJarAnswersInSocketModeAndKeepsItsTokensOutOfTheLog() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path config = temp.resolve("slack.yaml");
      Files.writeString(config, "slack:\n  apiUrl: \"" + slack.apiUrl() + "\"\n");
      Path log = temp.resolve("bot.log");
      try (BotProcess bot =
          BotProcess.start(
              log,
              Map.of(
                  "SLACK_BOT_TOKEN",
                  BOT_TOKEN,
                  "SLACK_APP_TOKEN",
                  APP_TOKEN,
                  "PAPERRADAR_LOG_LEVEL",
                  "DEBUG"),
              "--data",
              temp.resolve("data").toString(),
              "--config",
              config.toString())) {
        assertThat(
                Conditions.await(
                    Duration.ofSeconds(60), () -> !slack.socket().connections.isEmpty()))
            .as("connected; log in %s", log)
            .isTrue();
        slack.socket().sendSlashCommand("env-1", "C0LAB", "U0ADA", "help", slack.newResponseUrl());
        assertThat(Conditions.await(Duration.ofSeconds(30), () -> !slack.responses.isEmpty()))
            .isTrue();
        assertThat(slack.responses.getFirst().toString()).contains("/papers trending");
        assertThat(bot.isAlive()).isTrue();
      }
      String logged = Files.readString(log);
      assertThat(logged).contains("slack=on (socket mode)", "discord=off (no DISCORD_TOKEN)");
      assertThat(logged).doesNotContain(BOT_TOKEN, APP_TOKEN, "secret-bot", "secret-app");
    }
  }
}
