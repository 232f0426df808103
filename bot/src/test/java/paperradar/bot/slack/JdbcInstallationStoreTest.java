package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * The installations table on H2 and PostgreSQL (skipped, saying why, without a server): one row per
 * team, replaced by a reinstall, sealed under the key, and an uninstall that stops exactly the
 * team's channels and a reinstall that brings back exactly those.
 */
class JdbcInstallationStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  @TempDir Path temp;

  private static SecretBox key(int seed) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) seed);
    return SecretBox.fromBase64(Base64.getEncoder().encodeToString(key));
  }

  private static Installation installation(String team, String token) {
    return new Installation(
        team,
        "E0GRID",
        "A0APP",
        "B0BOT",
        "U0BOT" + team,
        "commands,chat:write",
        token,
        "U0INSTALLER",
        NOW);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anUninstallStopsOnlyThatTeamsChannelsAndAReinstallBringsBackOnlyThoseItStopped(
      TestDatabase.Kind kind) throws Exception {
    try (RadarFixture radar = new RadarFixture(kind, temp, new RadarFixture.MutableClock(NOW))) {
      JdbcInstallationStore store =
          new JdbcInstallationStore(radar.db.database().dataSource(), key(7), radar.clock);
      ChannelRef lab = ChannelRef.slack("T0LAB", "C0LAB");
      ChannelRef gone = ChannelRef.slack("T0LAB", "C0GONE");
      ChannelRef other = ChannelRef.slack("T0OTHER", "C0OTHER");
      for (ChannelRef channel : java.util.List.of(lab, gone, other)) {
        radar.channels.update(channel, settings -> settings.at(LocalTime.of(8, 0), ZoneOffset.UTC));
      }
      radar.channels.update(gone, settings -> settings.active(false, "channel_not_found"));
      store.save(installation("T0LAB", "xoxb-first"));
      store.save(installation("T0LAB", "xoxb-second"));
      store.save(installation("T0OTHER", "xoxb-other"));
      assertThat(store.find("T0LAB").orElseThrow().botToken())
          .as("a reinstall replaces the row")
          .isEqualTo("xoxb-second");

      assertThat(store.remove("T0LAB")).isTrue();
      assertThat(store.remove("T0LAB")).isFalse();

      assertThat(store.find("T0LAB")).isEmpty();
      assertThat(radar.channels.settings(lab).active()).isFalse();
      assertThat(radar.channels.settings(lab).inactiveReason())
          .isEqualTo(JdbcInstallationStore.UNINSTALLED);
      assertThat(radar.channels.settings(other).active()).isTrue();
      assertThat(store.find("T0OTHER")).isPresent();

      store.save(installation("T0LAB", "xoxb-third"));

      assertThat(radar.channels.settings(lab).active()).isTrue();
      assertThat(radar.channels.settings(gone).active())
          .as("gone for a reason of its own")
          .isFalse();
      assertThat(radar.channels.settings(gone).inactiveReason()).isEqualTo("channel_not_found");
      assertThatThrownBy(
              () ->
                  new JdbcInstallationStore(radar.db.database().dataSource(), key(8), radar.clock)
                      .find("T0LAB"))
          .as("another key")
          .hasMessageContaining("PAPERRADAR_SECRETS_KEY")
          .hasMessageNotContaining("xoxb");
    }
  }
}
