package paperradar.bot.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the variables logback reads before logback starts: it would take an unknown level as DEBUG
 * and an unknown format as an appender it lacks (dropping every line), both silently.
 */
final class LogEnvironment {

  static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  private LogEnvironment() {}

  /**
   * The first problem with the log variables of this environment, as one line naming the variable.
   */
  static Optional<String> problem(Map<String, String> environment) {
    String format = environment.get("PAPERRADAR_LOG_FORMAT");
    if (format != null && !format.equals("text") && !format.equals("json")) {
      return Optional.of("PAPERRADAR_LOG_FORMAT must be text or json, not \"" + format + "\"");
    }
    String level = environment.get("PAPERRADAR_LOG_LEVEL");
    if (level != null && !LEVELS.contains(level.strip().toUpperCase(Locale.ROOT))) {
      return Optional.of(
          "PAPERRADAR_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR or OFF, not \""
              + level
              + "\"");
    }
    return Optional.empty();
  }
}
