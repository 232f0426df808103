package paperradar.bot.cli;

import picocli.CommandLine;

/** The {@code paper-radar} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return RootCommand.commandLine().execute(args);
  }
}
