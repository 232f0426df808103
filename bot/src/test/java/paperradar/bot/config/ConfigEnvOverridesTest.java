package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEnvOverridesTest {

  @TempDir Path temp;

  private static Settings withEnvironment(Map<String, String> environment) {
    return ConfigLoader.load(Optional.empty(), environment);
  }

  @Test
  void aStringKeyIsOverridden() {
    Settings settings = withEnvironment(Map.of("PAPERRADAR_DIGEST_TIME", "09:30"));

    assertThat(settings.digest().time()).isEqualTo("09:30");
  }

  @Test
  void anIntegerKeyIsCoercedFromText() {
    Settings settings =
        withEnvironment(
            Map.of(
                "PAPERRADAR_HTTP_PORT",
                "8080",
                "PAPERRADAR_SCHEDULER_CLUSTER_CHECKIN_MILLIS",
                "20000"));

    assertThat(settings.http().port()).isEqualTo(8080);
    assertThat(settings.scheduler().clusterCheckinMillis()).isEqualTo(20_000);
  }

  @Test
  void aNestedDoubleKeyIsOverridden() {
    Settings settings = withEnvironment(Map.of("PAPERRADAR_TRENDING_WEIGHTS_HACKER_NEWS", "2.5"));

    assertThat(settings.trending().weights().hackerNews()).isEqualTo(2.5);
    assertThat(settings.trending().weights().reddit()).isEqualTo(1.0);
  }

  @Test
  void theEnvironmentWinsOverTheFileWhichWinsOverTheDefaults() throws IOException {
    Path file = temp.resolve("radar.yaml");
    Files.writeString(file, "digest:\n  time: \"07:00\"\n  days: daily\n");

    Settings settings =
        ConfigLoader.load(Optional.of(file), Map.of("PAPERRADAR_DIGEST_TIME", "06:15"));

    assertThat(settings.digest().time()).isEqualTo("06:15");
    assertThat(settings.digest().days()).isEqualTo("daily");
    assertThat(settings.digest().timeZone()).isEqualTo("UTC");
  }

  @Test
  void anUnusableValueIsRefusedNamingTheVariableAndTheKey() {
    assertThatThrownBy(() -> withEnvironment(Map.of("PAPERRADAR_DIGEST_TIME", "25:99")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "PAPERRADAR_DIGEST_TIME (digest.time): digest.time must be a time of day like 08:00, not \"25:99\"");
    assertThatThrownBy(() -> withEnvironment(Map.of("PAPERRADAR_HTTP_PORT", "eighty")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("PAPERRADAR_HTTP_PORT (http.port): ")
        .hasMessageContaining("eighty");
  }

  @Test
  void variablesThatMeanSomethingElseOrNothingAreNotKeys() {
    Settings settings =
        withEnvironment(
            Map.of(
                "PAPERRADAR_CONFIG",
                "/no/such/file.yaml",
                "PAPERRADAR_LOG_LEVEL",
                "DEBUG",
                "PAPERRADAR_NO_SUCH_KEY",
                "whatever"));

    assertThat(settings).isEqualTo(ConfigLoader.load(Optional.empty(), Map.of()));
  }

  @Test
  void aKeyWhoseVariableIsReservedGetsNoOverride() {
    ObjectNode tree = new ObjectMapper().createObjectNode().put("config", "x").put("dataPath", "y");

    assertThat(EnvironmentOverride.forKeysOf(tree))
        .extracting(EnvironmentOverride::variable)
        .containsExactly("PAPERRADAR_DATA_PATH");
  }

  @Test
  void everyScalarKeyOfTheDefaultsHasAVariableAndTheSourcesListHasNone() throws IOException {
    ObjectNode defaults;
    try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULTS)) {
      defaults = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(in);
    }

    assertThat(EnvironmentOverride.forKeysOf(defaults))
        .extracting(EnvironmentOverride::variable)
        .contains(
            "PAPERRADAR_DIGEST_TIME",
            "PAPERRADAR_TRENDING_WEIGHTS_HACKER_NEWS",
            "PAPERRADAR_SCHEDULER_CLUSTER_CHECKIN_MILLIS",
            "PAPERRADAR_HTTP_PORT",
            "PAPERRADAR_WEBHOOK_URL")
        .noneMatch(variable -> variable.startsWith("PAPERRADAR_SOURCES"));
  }
}
