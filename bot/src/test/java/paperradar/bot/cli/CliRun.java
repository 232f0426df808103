package paperradar.bot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(Path dataDir, String... args) {
    List<String> all = new ArrayList<>(List.of("--data", dataDir.toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    return new CliRun(code, out.toString(), err.toString());
  }
}
