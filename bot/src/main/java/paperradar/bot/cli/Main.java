package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The {@code paper-radar} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Optional<String> logProblem = LogEnvironment.problem(System.getenv());
    if (logProblem.isPresent()) {
      System.err.println("error: " + logProblem.get());
      System.exit(ExitCodes.REFUSED);
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return RootCommand.commandLine().execute(args);
  }

  /** Runs the command line with its output and errors sent to the given writers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = RootCommand.commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }
}
