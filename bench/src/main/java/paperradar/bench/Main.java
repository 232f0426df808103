package paperradar.bench;

import java.io.PrintWriter;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The {@code paper-radar-bench} command line: the benchmarks, outside the product's jar. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Lucene and the JDK log through java.util.logging; one log, as in the product.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line with its output and errors sent to the given writers; tests call this.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    var commandLine = BenchCommand.commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }
}
