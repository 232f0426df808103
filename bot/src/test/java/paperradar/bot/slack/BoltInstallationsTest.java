package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Bolt finds for a team: the stored installation, as its bot and as its installer. */
class BoltInstallationsTest {

  private static final Instant INSTALLED = Instant.parse("2026-11-20T10:00:00Z");

  private final Map<String, Installation> saved = new HashMap<>();
  private final BoltInstallations installations =
      new BoltInstallations(
          new InstallationStore() {
            @Override
            public void save(Installation installation) {
              saved.put(installation.teamId(), installation);
            }

            @Override
            public Optional<Installation> find(String teamId) {
              return Optional.ofNullable(saved.get(teamId));
            }

            @Override
            public boolean remove(String teamId) {
              return saved.remove(teamId) != null;
            }
          },
          Clock.fixed(INSTALLED, ZoneOffset.UTC));

  @Test
  void aStoredTeamIsFoundAsItsBotWithEveryFieldBoltReads() {
    saved.put(
        "T0LAB",
        new Installation(
            "T0LAB",
            "E0ORG",
            "A0APP",
            "B0BOT",
            "U0BOT",
            "commands,chat:write",
            "xoxb-lab",
            "U0ADA",
            INSTALLED));

    Bot bot = Objects.requireNonNull(installations.findBot("E0ORG", "T0LAB"));

    assertThat(bot.getTeamId()).isEqualTo("T0LAB");
    assertThat(bot.getEnterpriseId()).isEqualTo("E0ORG");
    assertThat(bot.getAppId()).isEqualTo("A0APP");
    assertThat(bot.getBotId()).isEqualTo("B0BOT");
    assertThat(bot.getBotUserId()).isEqualTo("U0BOT");
    assertThat(bot.getBotScope()).isEqualTo("commands,chat:write");
    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-lab");
    assertThat(bot.getIsEnterpriseInstall()).isFalse();
    assertThat(bot.getInstalledAt()).isEqualTo(INSTALLED.toEpochMilli());

    Installer installer =
        Objects.requireNonNull(installations.findInstaller("E0ORG", "T0LAB", "U0ADA"));
    assertThat(installer.getInstallerUserId()).isEqualTo("U0ADA");
    assertThat(installer.getBotAccessToken()).isEqualTo("xoxb-lab");
    assertThat(installer.getBotScope()).isEqualTo("commands,chat:write");
  }

  @Test
  void anUnknownOrMissingTeamHasNoBotAndNoInstaller() {
    assertThat(installations.findBot(null, "T0NONE")).isNull();
    assertThat(installations.findBot("E0ORG", null)).isNull();
    assertThat(installations.findInstaller(null, null, "U0ADA")).isNull();
  }
}
