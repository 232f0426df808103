package paperradar.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlatformTest {

  @ParameterizedTest
  @EnumSource(Platform.class)
  void everyPlatformIsReadBackFromItsLowerCaseId(Platform platform) {
    assertThat(platform.id()).isEqualTo(platform.name().toLowerCase(java.util.Locale.ROOT));
    assertThat(Platform.fromId(platform.id())).isSameAs(platform);
    assertThat(platform).hasToString(platform.id());
  }

  @Test
  void anUnknownIdIsRefusedNamingItAndTheKnownOnes() {
    assertThatThrownBy(() -> Platform.fromId("matrix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown platform \"matrix\" (known: slack, discord, console, webhook)");
    // Ids are stored lower case; an upper-case value is not one of them.
    assertThatThrownBy(() -> Platform.fromId("SLACK")).hasMessageContaining("\"SLACK\"");
  }

  @Test
  void aChannelReadsAsPlatformWorkspaceAndChannel() {
    assertThat(ChannelRef.slack("T1", "C1")).hasToString("slack:T1:C1");
    assertThat(ChannelRef.discord("G1", "C2")).hasToString("discord:G1:C2");
    assertThat(ChannelRef.console("lab")).hasToString("console:local:lab");
    assertThat(ChannelRef.webhook("lab", "c1")).hasToString("webhook:lab:c1");
    assertThat(ChannelRef.slack("T1", "C1")).isEqualTo(new ChannelRef(Platform.SLACK, "T1", "C1"));
  }

  @Test
  void aBlankChannelIdIsRefused() {
    assertThatThrownBy(() -> ChannelRef.slack("T1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel must not be blank");
  }
}
