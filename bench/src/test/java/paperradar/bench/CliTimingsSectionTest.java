package paperradar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rewriting BENCHMARKS.md keeps the command-line timings section that scripts/cli-timings wrote.
 */
class CliTimingsSectionTest {

  @TempDir Path temp;

  @Test
  void theSectionSurvivesARewrite() throws Exception {
    Path output = temp.resolve("BENCHMARKS.md");
    String section =
        BenchAllCommand.CLI_TIMINGS_START
            + "\n| `paper-radar --version` | the floor | 400 ms |\n"
            + BenchAllCommand.CLI_TIMINGS_END;
    Files.writeString(output, "# Benchmarks\n\nold rows\n\n" + section + "\n\nmore old text\n");

    String rewritten = BenchAllCommand.keepCliTimings(output, "# Benchmarks\n\nnew rows\n");

    assertThat(rewritten).isEqualTo("# Benchmarks\n\nnew rows\n\n" + section + "\n");
  }

  @Test
  void withoutASectionTheReportIsAsWritten() throws Exception {
    assertThat(BenchAllCommand.keepCliTimings(temp.resolve("none.md"), "# Benchmarks\n"))
        .isEqualTo("# Benchmarks\n");
  }
}
