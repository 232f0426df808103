package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Slack app manifest the README tells operators to paste: it must create what the adapter
 * needs.
 */
class SlackManifestTest {

  @Test
  void theManifestCreatesTheCommandTheScopesAndSocketMode() throws Exception {
    JsonNode manifest =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("..", "config", "slack-app-manifest.yaml").toFile());

    assertThat(manifest.at("/features/slash_commands/0/command").asText())
        .isEqualTo(SlackCommands.COMMAND);
    assertThat(manifest.at("/features/slash_commands/0/should_escape").asBoolean(true)).isFalse();
    assertThat(manifest.at("/oauth_config/scopes/bot").toString())
        .contains("\"commands\"", "\"chat:write\"", "\"channels:history\"");
    assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
  }

  @Test
  void theManifestAsksForExactlyTheScopesTheInstallRequestsAndSendsTheUninstallEvents()
      throws Exception {
    JsonNode manifest =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("..", "config", "slack-app-manifest.yaml").toFile());

    java.util.List<String> scopes = new java.util.ArrayList<>();
    manifest.at("/oauth_config/scopes/bot").forEach(scope -> scopes.add(scope.asText()));
    assertThat(String.join(",", scopes)).isEqualTo(SlackAdapter.SCOPES);
    assertThat(manifest.at("/settings/event_subscriptions/bot_events").toString())
        .contains("\"app_uninstalled\"", "\"tokens_revoked\"");
    assertThat(manifest.at("/oauth_config/redirect_urls/0").asText())
        .endsWith(paperradar.bot.config.ConfigLoader.defaults().slack().redirectPath());
    assertThat(manifest.at("/settings/org_deploy_enabled").asBoolean(true)).isFalse();
  }
}
