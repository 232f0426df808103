package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --help} and {@code -h} on every subcommand print its usage and exit 0, opening nothing.
 */
class HelpOnEveryCommandTest {

  @TempDir Path data;

  @ParameterizedTest
  @ValueSource(
      strings = {"run", "ask", "ingest", "export", "trending", "search", "reindex", "digest"})
  void helpPrintsTheUsageAndExitsZero(String command) {
    CliRun run = CliRun.run(data, command, "--help");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Usage: paper-radar " + command).contains("--help");
    assertThat(run.err()).isEmpty();
    assertThat(data).isEmptyDirectory();
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "export", "trending", "reindex"})
  void theShortFormWorksToo(String command) {
    CliRun run = CliRun.run(data, command, "-h");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: paper-radar " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void theRootCommandHasHelpToo(String option) {
    CliRun run = CliRun.run(data, option);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: paper-radar").contains("trending");
  }
}
