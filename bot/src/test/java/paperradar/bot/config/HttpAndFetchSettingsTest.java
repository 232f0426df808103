package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys of what listens and what fetches: their defaults, their variables, their refusals. */
class HttpAndFetchSettingsTest {

  @Test
  void theDefaultsListenOnLoopbackAndBoundEachFetchToAMinuteAnd100Mb() {
    Settings settings = ConfigLoader.defaults();

    assertThat(settings.http().bind()).isEqualTo("127.0.0.1");
    assertThat(settings.fetch().deadlineSeconds()).isEqualTo(60);
    assertThat(settings.fetch().maxBytes()).isEqualTo(100L * 1024 * 1024);
  }

  @Test
  void eachIsSetByItsVariable() {
    Settings settings =
        ConfigLoader.load(
            Optional.empty(),
            Map.of(
                "PAPERRADAR_HTTP_BIND",
                "0.0.0.0",
                "PAPERRADAR_FETCH_DEADLINE_SECONDS",
                "5",
                "PAPERRADAR_FETCH_MAX_BYTES",
                "2048"));

    assertThat(settings.http().bind()).isEqualTo("0.0.0.0");
    assertThat(settings.fetch().deadlineSeconds()).isEqualTo(5);
    assertThat(settings.fetch().maxBytes()).isEqualTo(2048);
  }

  @Test
  void unusableValuesAreRefusedByName() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_HTTP_BIND", "every where")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PAPERRADAR_HTTP_BIND")
        .hasMessageContaining("http.bind must be an address");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(), Map.of("PAPERRADAR_FETCH_DEADLINE_SECONDS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fetch.deadlineSeconds must be 1 to 3600");
    assertThatThrownBy(
            () -> ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_FETCH_MAX_BYTES", "10")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fetch.maxBytes must be 1024");
  }
}
