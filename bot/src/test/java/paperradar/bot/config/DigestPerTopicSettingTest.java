package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code digest.perTopic}: how many papers a digest shows per topic, 5 unless configured, 1 to 50.
 */
class DigestPerTopicSettingTest {

  @Test
  void theDefaultIsFiveAndTheEnvironmentChangesIt() {
    assertThat(ConfigLoader.load(Optional.empty(), Map.of()).digest().perTopic()).isEqualTo(5);
    assertThat(
            ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_DIGEST_PER_TOPIC", "8"))
                .digest()
                .perTopic())
        .isEqualTo(8);
  }

  @Test
  void aCountOutsideOneToFiftyIsRefusedNamingTheKey() {
    assertThatThrownBy(
            () -> ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_DIGEST_PER_TOPIC", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "PAPERRADAR_DIGEST_PER_TOPIC (digest.perTopic): digest.perTopic must be between 1 and 50, not 0");
  }
}
