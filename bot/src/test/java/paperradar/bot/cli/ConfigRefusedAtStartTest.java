package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command given an unusable configuration says which key in one line and exits 2, with no stack
 * trace.
 */
class ConfigRefusedAtStartTest {

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"trending", "search memory", "export"})
  void aNegativeGravityIsOneLineAndExitTwo(String command) throws Exception {
    Path config = temp.resolve("config.yaml");
    Files.writeString(config, "trending: {gravity: -1}\n");

    CliRun run = CliRun.run(temp.resolve("data"), withConfig(config, command));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err())
        .isEqualTo(
            "error: "
                + config
                + ": trending: trending.gravity must be greater than 0, not -1"
                + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"trending", "search memory"})
  void aPortThatIsNoNumberIsNamedWithoutJacksonsWords(String command) throws Exception {
    Path config = temp.resolve("config.yaml");
    Files.writeString(config, "http:\n  port: abc\n");

    CliRun run = CliRun.run(temp.resolve("data"), withConfig(config, command));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err())
        .isEqualTo(
            "error: "
                + config
                + ": http.port: must be a whole number, not \"abc\""
                + System.lineSeparator());
  }

  private static String[] withConfig(Path config, String command) {
    return (("--config " + config + " " + command).split(" "));
  }
}
