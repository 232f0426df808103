package paperradar.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.config.ConfigException;

class SecretsTest {

  @TempDir Path temp;

  @Test
  void theEnvironmentWinsOverTheSecretsFileAndNothingPrintsAValue() throws Exception {
    Path file = temp.resolve("secrets.env");
    Files.writeString(
        file, "# paper-radar\nDISCORD_TOKEN=\"from-file\"\nSLACK_BOT_TOKEN=xoxb-file\n");

    Secrets secrets =
        Secrets.load(Map.of(Secrets.SECRETS_FILE, file.toString(), "SLACK_BOT_TOKEN", "xoxb-env"));

    assertThat(secrets.get(Secrets.DISCORD_TOKEN)).contains("from-file");
    assertThat(secrets.get(Secrets.SLACK_BOT_TOKEN)).contains("xoxb-env");
    assertThat(secrets.has(Secrets.SLACK_APP_TOKEN)).isFalse();
    assertThat(secrets.toString()).isEqualTo("Secrets[DISCORD_TOKEN, SLACK_BOT_TOKEN]");
  }

  @Test
  void theManyWorkspacesSecretsComeFromTheFileOrTheEnvironmentAndAreNeverPrinted()
      throws Exception {
    Path file = temp.resolve("secrets.env");
    Files.writeString(
        file,
        "SLACK_CLIENT_SECRET=client-from-file\nPAPERRADAR_SECRETS_KEY=a2V5LWZyb20tZmlsZQ==\n");

    Secrets secrets =
        Secrets.load(
            Map.of(Secrets.SECRETS_FILE, file.toString(), "SLACK_CLIENT_SECRET", "client-env"));

    assertThat(secrets.get(Secrets.SLACK_CLIENT_SECRET)).contains("client-env");
    assertThat(secrets.get(Secrets.SECRETS_KEY)).contains("a2V5LWZyb20tZmlsZQ==");
    assertThat(secrets.toString())
        .isEqualTo("Secrets[PAPERRADAR_SECRETS_KEY, SLACK_CLIENT_SECRET]");
  }

  @Test
  void aBadLineNamesTheFileAndTheLineButNotItsText() throws Exception {
    Path file = temp.resolve("secrets.env");
    Files.writeString(file, "DISCORD_TOKEN=ok\nxoxb-pasted-without-a-name\n");

    assertThatThrownBy(() -> Secrets.load(Map.of(Secrets.SECRETS_FILE, file.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file + ":2")
        .hasMessageNotContaining("xoxb-pasted");
  }

  @Test
  void massMentionsAreDefusedWhateverTheirCase() {
    assertThat(MentionGuard.defuse("@everyone @Here @channel @all @everyones"))
        .isEqualTo("@\u200Beveryone @\u200BHere @\u200Bchannel @\u200Ball @everyones");
  }
}
