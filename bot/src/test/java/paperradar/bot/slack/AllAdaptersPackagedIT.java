package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.discord.FakeDiscord;
import paperradar.bot.schedule.BotProcess;
import paperradar.core.fixtures.Conditions;

/**
 * One packaged process with the Slack and Discord secrets in its environment and its console open:
 * it answers a Slack slash command (Socket Mode, fake Slack), a Discord interaction (fake gateway
 * and REST) and a line typed at its console, side by side, and none of the three secrets reaches
 * its log.
 */
class AllAdaptersPackagedIT {

  private static final String SLACK_BOT_TOKEN = "xoxb-2222-all-adapters-bot-secret";
  private static final String SLACK_APP_TOKEN = "xapp-1-all-adapters-app-secret";
  private static final String DISCORD_TOKEN = "discord.all-adapters.token-secret";
  private static final String GUILD = Long.toString(4_000L << 22);
  private static final String CHANNEL = Long.toString((4_001L << 22) + 1);

  @TempDir Path temp;

  @Test
  void oneProcessAnswersSlackDiscordAndTheConsoleAndLogsNoSecret() throws Exception {
    try (FakeSlack slack = new FakeSlack();
        FakeDiscord discord = new FakeDiscord(1)) {
      discord.addGuild(GUILD, CHANNEL);
      Path config = temp.resolve("all.yaml");
      Files.writeString(
          config,
          """
          slack:
            apiUrl: "%s"
          discord:
            apiUrl: "%s"
          """
              .formatted(slack.apiUrl(), discord.apiUrl()));
      Path log = temp.resolve("bot.log");
      Map<String, String> secrets =
          Map.of(
              "SLACK_BOT_TOKEN",
              SLACK_BOT_TOKEN,
              "SLACK_APP_TOKEN",
              SLACK_APP_TOKEN,
              "DISCORD_TOKEN",
              DISCORD_TOKEN,
              "PAPERRADAR_LOG_LEVEL",
              "DEBUG");
      try (BotProcess bot =
          BotProcess.startWithConsole(
              log,
              secrets,
              "--data",
              temp.resolve("data").toString(),
              "--config",
              config.toString())) {
        assertThat(
                Conditions.await(
                    Duration.ofSeconds(90),
                    () -> !slack.socket().connections.isEmpty() && discord.shardsReady(1)))
            .as("connected to both fakes; log in %s", log)
            .isTrue();

        slack
            .socket()
            .sendSlashCommand("env-all", "C0ALL", "U0ADA", "help trending", slack.newResponseUrl());
        String interaction =
            discord.slashCommand(
                GUILD, CHANNEL, "1100000000000000077", false, null, "help", Map.of());
        assertThat(
                Conditions.await(
                    Duration.ofSeconds(30),
                    () -> !slack.responses.isEmpty() && !discord.answersTo(interaction).isEmpty()))
            .as("Slack and Discord answered; log in %s", log)
            .isTrue();
        assertThat(slack.responses.getFirst().toString())
            .contains("/papers trending [day|week|month]");
        assertThat(discord.answersTo(interaction))
            .singleElement()
            .satisfies(answer -> assertThat(answer.body().toString()).contains("/papers search"));

        // The console takes its line while both chat adapters stay connected; end of input quits.
        try (Writer console = bot.console()) {
          console.write("/papers help digest\n");
        }
        assertThat(bot.awaitExit(Duration.ofSeconds(60)))
            .as("the console's end of input stops the process")
            .isZero();
      }
      String logged = Files.readString(log);
      assertThat(logged)
          .contains("console=on", "slack=on (socket mode)", "discord=on")
          .contains("papers> ", "/papers digest at 08:00 Europe/Berlin");
      assertThat(logged)
          .doesNotContain(SLACK_BOT_TOKEN, SLACK_APP_TOKEN, DISCORD_TOKEN, "all-adapters");
    }
  }
}
