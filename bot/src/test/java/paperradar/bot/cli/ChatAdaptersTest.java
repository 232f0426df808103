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
    try (RadarFixture radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")))) {
      ChatAdapters chat =
          ChatAdapters.choose(
              settings, Secrets.load(environment), radar.commands, radar.radar, radar.clock);
      assertThat(chat.adapters()).hasSize(environment.containsKey("DISCORD_TOKEN") ? 1 : 0);
      return chat.status();
    }
  }

  @Test
  void withoutTokensEveryChatAdapterIsOffAndSaysWhichSecretItLacks() {
    assertThat(statusWith(ConfigLoader.defaults(), Map.of()))
        .containsExactly(
            Map.entry("slack", "off (no SLACK_BOT_TOKEN)"),
            Map.entry("discord", "off (no DISCORD_TOKEN)"));
  }

  @Test
  void aBotTokenWithoutWhatItsModeNeedsNamesTheMissingSecret() {
    assertThat(statusWith(ConfigLoader.defaults(), Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
        .containsEntry("slack", "off (no SLACK_APP_TOKEN, which slack.mode socket needs)");
    Settings http =
        ConfigLoader.load(java.util.Optional.empty(), Map.of("PAPERRADAR_SLACK_MODE", "http"));
    assertThat(statusWith(http, Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")))
        .containsEntry("slack", "off (no SLACK_SIGNING_SECRET, which slack.mode http needs)");
  }

  @Test
  void aDiscordTokenTurnsDiscordOn() {
    assertThat(statusWith(ConfigLoader.defaults(), Map.of("DISCORD_TOKEN", "token")))
        .doesNotContainKey("discord");
  }

  @Test
  void manyWorkspacesNeedTheSigningSecretTheClientSecretAndTheKeyButNoBotToken() {
    Settings oauth =
        ConfigLoader.load(
            java.util.Optional.empty(),
            Map.of(
                "PAPERRADAR_SLACK_MODE",
                "http",
                "PAPERRADAR_SLACK_CLIENT_ID",
                "1234567890.0987654321",
                "PAPERRADAR_SLACK_PUBLIC_URL",
                "https://radar.example.org"));
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    try (RadarFixture radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")))) {
      javax.sql.DataSource store = radar.db.database().dataSource();
      ChatAdapters missing =
          ChatAdapters.choose(
              oauth,
              Secrets.load(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_SECRET", "c")),
              radar.commands,
              radar.radar,
              radar.clock,
              store);
      assertThat(missing.adapters()).isEmpty();
      assertThat(missing.status())
          .containsEntry(
              "slack", "off (slack.clientId is set but PAPERRADAR_SECRETS_KEY is missing)");

      ChatAdapters on =
          ChatAdapters.choose(
              oauth,
              Secrets.load(
                  Map.of(
                      "SLACK_SIGNING_SECRET",
                      "s",
                      "SLACK_CLIENT_SECRET",
                      "c",
                      "PAPERRADAR_SECRETS_KEY",
                      key)),
              radar.commands,
              radar.radar,
              radar.clock,
              store);
      assertThat(on.adapters())
          .singleElement()
          .satisfies(
              adapter ->
                  assertThat(adapter.describe()).isEqualTo("on (http mode, many workspaces)"));
      on.closeAll();

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  ChatAdapters.choose(
                      oauth,
                      Secrets.load(
                          Map.of(
                              "SLACK_SIGNING_SECRET",
                              "s",
                              "SLACK_CLIENT_SECRET",
                              "c",
                              "PAPERRADAR_SECRETS_KEY",
                              "c2hvcnQ=")),
                      radar.commands,
                      radar.radar,
                      radar.clock,
                      store))
          .hasMessageContaining("PAPERRADAR_SECRETS_KEY")
          .hasMessageContaining("32 bytes");
    }
  }
}
