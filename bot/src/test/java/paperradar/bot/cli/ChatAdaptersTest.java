package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.chat.Secrets;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/** Which adapters a start turns on, from the secrets present, and why the others stay off. */
class ChatAdaptersTest {

  @TempDir Path temp;

  private Map<String, String> statusWith(Settings settings, Map<String, String> environment) {
    try (RadarFixture radar = new RadarFixture(TestDatabase.Kind.H2, temp,
        new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")))) {
      ChatAdapters chat = ChatAdapters.choose(settings, Secrets.load(environment), radar.commands, radar.radar,
          radar.clock);
      assertThat(chat.adapters()).hasSize(environment.containsKey("DISCORD_TOKEN") ? 1 : 0);
      return chat.status();
    }
  }

  @Test
  void withoutTokensEveryChatAdapterIsOffAndSaysWhichSecretItLacks() {
    assertThat(statusWith(ConfigLoader.defaults(), Map.of())).containsExactly(
        Map.entry("slack", "off (no SLACK_BOT_TOKEN)"), Map.entry("discord", "off (no DISCORD_TOKEN)"));
  }

  @Test
  void aBotTokenWithoutWhatItsModeNeedsNamesTheMissingSecret() {
    assertThat(statusWith(ConfigLoader.defaults(), Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
        .containsEntry("slack", "off (no SLACK_APP_TOKEN, which slack.mode socket needs)");
    Settings http = ConfigLoader.load(java.util.Optional.empty(), Map.of("PAPERRADAR_SLACK_MODE", "http"));
    assertThat(statusWith(http, Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")))
        .containsEntry("slack", "off (no SLACK_SIGNING_SECRET, which slack.mode http needs)");
  }

  @Test
  void aDiscordTokenTurnsDiscordOn() {
    assertThat(statusWith(ConfigLoader.defaults(), Map.of("DISCORD_TOKEN", "token"))).doesNotContainKey("discord");
  }
}
