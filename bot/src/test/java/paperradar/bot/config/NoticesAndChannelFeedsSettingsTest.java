package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;

/**
 * {@code notices.afterHours}, {@code notices.channels} and {@code channelFeeds.intervalMinutes}.
 */
class NoticesAndChannelFeedsSettingsTest {

  @TempDir Path temp;

  @Test
  void theDefaultsAreTwelveHoursNoChannelsAndHourlyPolls() {
    Settings settings = ConfigLoader.load(Optional.empty(), Map.of());
    assertThat(settings.notices().after()).isEqualTo(Duration.ofHours(12));
    assertThat(settings.notices().channelRefs()).isEmpty();
    assertThat(settings.channelFeeds().interval()).isEqualTo(Duration.ofMinutes(60));
    assertThat(
            ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_NOTICES_AFTER_HOURS", "3"))
                .notices()
                .afterHours())
        .isEqualTo(3);
  }

  @Test
  void noticeChannelsAreReadFromTheFile() throws Exception {
    Path file = temp.resolve("radar.yaml");
    Files.writeString(
        file,
        """
        notices:
          channels: ["slack:T1:C1", "discord:42:43"]
        channelFeeds:
          intervalMinutes: 30
        """);
    Settings settings = ConfigLoader.load(Optional.of(file), Map.of());
    assertThat(settings.notices().channelRefs())
        .containsExactly(
            new ChannelRef(Platform.SLACK, "T1", "C1"),
            new ChannelRef(Platform.DISCORD, "42", "43"));
    assertThat(settings.notices().afterHours()).isEqualTo(12);
    assertThat(settings.channelFeeds().intervalMinutes()).isEqualTo(30);
  }

  @Test
  void aChannelThatIsNotPlatformWorkspaceChannelIsRefusedNamingTheKey() throws Exception {
    Path file = temp.resolve("radar.yaml");
    Files.writeString(file, "notices:\n  channels: [\"C0456\"]\n");
    assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "notices.channels: \"C0456\" is not a channel like slack:T0123:C0456");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_NOTICES_AFTER_HOURS", "0")))
        .hasMessageContaining("notices.afterHours must be 1 to 720");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(), Map.of("PAPERRADAR_CHANNEL_FEEDS_INTERVAL_MINUTES", "1")))
        .hasMessageContaining("channelFeeds.intervalMinutes must be 5 to 10080");
  }
}
