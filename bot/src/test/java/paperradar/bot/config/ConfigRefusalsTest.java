package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each unusable value is refused with the file (or variable) and the key named, in the operator's
 * words.
 */
class ConfigRefusalsTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'trending: {gravity: -1}'              | trending.gravity must be greater than 0, not -1",
        "'trending: {gravity: 0}'               | trending.gravity must be greater than 0, not 0",
        "'trending: {offsetHours: 0}'           | trending.offsetHours must be greater than 0, not 0",
        "'trending: {oldPaperDays: -3}'         | trending.oldPaperDays must be 0 or more, not -3",
        "'trending: {weights: {upvotes: -5}}'   | trending.weights.upvotes must be 0 or more, not -5",
        "'trending: {weights: {listing: -0.5}}' | trending.weights.listing must be 0 or more, not -0.5",
        "'webhook: {url: notaurl}'              | webhook.url must be an http(s) URL",
        "'webhook: {url: \"ftp://example.org/x\"}' | webhook.url must be an http(s) URL",
        "'http: {port: abc}'                    | http.port: must be a whole number, not \"abc\"",
        "'http: {port: 70000}'                  | http.port must be 0 (off) or a TCP port, not 70000",
        "'http: {port: 80.5}'                   | http.port: must be a whole number, not \"80.5\"",
        "'slack: {port: -1}'                    | slack.port must be a TCP port, not -1",
        "'slack: {mode: carrier-pigeon}'        | slack.mode: must be socket or http, not \"carrier-pigeon\"",
        "'slack: {mode: HTTP}'                  | slack.mode: must be socket or http, not \"HTTP\"",
        "'trending: {gravity: heavy}'           | trending.gravity: must be a number, not \"heavy\"",
        "'scheduler: {threads: [1, 2]}'         | scheduler.threads: must be a whole number, not a list",
        "'digest: {days: sometimes}'            | digest.days must be weekdays or daily",
      })
  void aRefusedValueInTheFileNamesTheFileAndTheKey(String yaml, String expected) throws Exception {
    Path file = temp.resolve("config.yaml");
    Files.writeString(file, yaml + "\n");

    assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(expected)
        .hasMessageNotContaining("Cannot deserialize")
        .hasMessageNotContaining("`");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PAPERRADAR_TRENDING_GRAVITY              | 0     | trending.gravity must be greater than 0, not 0",
        "PAPERRADAR_TRENDING_OFFSET_HOURS         | -2    | trending.offsetHours must be greater than 0, not -2",
        "PAPERRADAR_TRENDING_WEIGHTS_HACKER_NEWS  | -1    | trending.weights.hackerNews must be 0 or more, not -1",
        "PAPERRADAR_WEBHOOK_URL                   | notaurl | webhook.url must be an http(s) URL",
        "PAPERRADAR_HTTP_PORT                     | abc   | must be a whole number, not \"abc\"",
        "PAPERRADAR_HTTP_PORT                     | 65536 | http.port must be 0 (off) or a TCP port, not 65536",
        "PAPERRADAR_SLACK_PORT                    | 99999 | slack.port must be a TCP port, not 99999",
        "PAPERRADAR_SLACK_MODE                    | websocket | must be socket or http, not \"websocket\"",
        "PAPERRADAR_TRENDING_GRAVITY              | heavy | must be a number, not \"heavy\"",
      })
  void aRefusedValueFromTheEnvironmentNamesTheVariableAndTheKey(
      String variable, String value, String expected) {
    assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(variable, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(variable + " (")
        .hasMessageContaining(expected)
        .hasMessageNotContaining("Cannot deserialize");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'webhook: {url: \"https://hooks.example.org/radar\"}'",
        "'webhook: {url: \"\"}'",
        "'trending: {weights: {reddit: 0}}'",
        "'http: {port: 0}'",
        "'http: {port: 65535}'"
      })
  void valuesAtTheEdgeOfTheirRangeAreAccepted(String yaml) throws Exception {
    Path file = temp.resolve("config.yaml");
    Files.writeString(file, yaml + "\n");

    assertThat(ConfigLoader.load(Optional.of(file), Map.of())).isNotNull();
  }
}
