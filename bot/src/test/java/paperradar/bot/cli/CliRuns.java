package paperradar.bot.cli;

import java.nio.file.Path;

/** {@link CliRun} for tests in other packages. */
public final class CliRuns {

  private CliRuns() {}

  public static Result run(Path dataDir, String... args) {
    CliRun run = CliRun.run(dataDir, args);
    return new Result(run.exitCode(), run.out(), run.err());
  }

  /** What one run printed. */
  public record Result(int exitCode, String out, String err) {}
}
