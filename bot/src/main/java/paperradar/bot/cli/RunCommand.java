package paperradar.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.bot.console.ConsoleAdapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code run}: starts the bot. Without chat tokens it starts the console adapter. */
@Command(name = "run", description = "Start the bot. Without chat tokens, a console: type /papers …, Ctrl-D quits.")
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--channel", paramLabel = "ID", defaultValue = "console",
      description = "The console's channel (default: console).")
  String channel;

  @Override
  public Integer call() throws IOException {
    try (Services services = Services.open(root)) {
      log.info("adapters: console on (no chat tokens needed); slack off and discord off (not configured)");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new ConsoleAdapter(services.commands(), channel).run(in, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
