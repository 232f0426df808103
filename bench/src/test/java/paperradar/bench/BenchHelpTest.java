package paperradar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --help} on the bench command and each of its subcommands prints the usage and exits 0
 * without running.
 */
class BenchHelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "all", "ingest", "search", "topics"})
  void helpPrintsTheUsageAndExitsZero(String subcommand) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args =
        subcommand.isEmpty() ? new String[] {"--help"} : new String[] {subcommand, "--help"};

    int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(("Usage: paper-radar-bench " + subcommand).strip())
        .contains("--help");
  }
}
