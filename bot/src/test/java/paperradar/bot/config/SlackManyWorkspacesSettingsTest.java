package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys of Slack for many workspaces: their defaults, their variables, their refusals. */
class SlackManyWorkspacesSettingsTest {

  @Test
  void byDefaultSlackServesOneWorkspaceAndTheOAuthPathsAreSlacksUsualOnes() {
    Settings.Slack slack = ConfigLoader.defaults().slack();

    assertThat(slack.oauth()).isFalse();
    assertThat(slack.clientId()).isEmpty();
    assertThat(slack.installPath()).isEqualTo("/slack/install");
    assertThat(slack.redirectPath()).isEqualTo("/slack/oauth_redirect");
    assertThat(slack.publicUrl()).isEmpty();
  }

  @Test
  void aClientIdInHttpModeWithAPublicUrlTurnsOAuthOn() {
    Settings.Slack slack =
        ConfigLoader.load(
                Optional.empty(),
                Map.of(
                    "PAPERRADAR_SLACK_MODE",
                    "http",
                    "PAPERRADAR_SLACK_CLIENT_ID",
                    "1234567890.0987654321",
                    "PAPERRADAR_SLACK_PUBLIC_URL",
                    "https://radar.example.org/",
                    "PAPERRADAR_SLACK_REDIRECT_PATH",
                    "/oauth/back"))
            .slack();

    assertThat(slack.oauth()).isTrue();
    assertThat(slack.redirectUrl()).isEqualTo("https://radar.example.org/oauth/back");
  }

  @Test
  void unusableCombinationsAreRefusedByName() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(),
                    Map.of(
                        "PAPERRADAR_SLACK_CLIENT_ID",
                        "1234567890.0987654321",
                        "PAPERRADAR_SLACK_PUBLIC_URL",
                        "https://radar.example.org")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("slack.clientId")
        .hasMessageContaining("slack.mode: http");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(),
                    Map.of(
                        "PAPERRADAR_SLACK_MODE",
                        "http",
                        "PAPERRADAR_SLACK_CLIENT_ID",
                        "1234567890.0987654321")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("slack.publicUrl");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_SLACK_CLIENT_ID", "my-app")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("slack.clientId must be the app's Client ID");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(), Map.of("PAPERRADAR_SLACK_INSTALL_PATH", "/slack/events")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("must differ");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(), Map.of("PAPERRADAR_SLACK_REDIRECT_PATH", "oauth")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("slack.redirectPath must start with /");
  }
}
