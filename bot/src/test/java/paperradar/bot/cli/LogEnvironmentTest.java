package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The log variables are checked before logback reads them: an unknown level or format is refused by
 * name.
 */
class LogEnvironmentTest {

  @ParameterizedTest
  @ValueSource(strings = {"LOUD", "verbose", "5", ""})
  void anUnknownLevelIsRefused(String level) {
    assertThat(LogEnvironment.problem(Map.of("PAPERRADAR_LOG_LEVEL", level)))
        .hasValue(
            "PAPERRADAR_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR or OFF, not \""
                + level
                + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DEBUG", "info", "Warn", "ERROR", "OFF", "TRACE"})
  void theLevelsLogbackKnowsAreAccepted(String level) {
    assertThat(LogEnvironment.problem(Map.of("PAPERRADAR_LOG_LEVEL", level))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "JSON "})
  void anUnknownFormatIsRefused(String format) {
    assertThat(LogEnvironment.problem(Map.of("PAPERRADAR_LOG_FORMAT", format)))
        .hasValue("PAPERRADAR_LOG_FORMAT must be text or json, not \"" + format + "\"");
  }
}
