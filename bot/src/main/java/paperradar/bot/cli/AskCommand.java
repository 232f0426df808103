package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperradar.bot.console.ConsoleAdapter;
import paperradar.core.reply.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ask}: one {@code /papers} command in a console channel, for scripts and tests. */
@Command(name = "ask", description = "Run one /papers command and print the reply. Exit 0 when it succeeded, "
    + "2 when it was refused (the usage is printed).")
final class AskCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--channel", paramLabel = "ID", defaultValue = "console",
      description = "The console channel to ask in (default: console).")
  String channel;

  @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The command, e.g. \"/papers trending\".")
  String[] words;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.open(root)) {
      Reply reply = new ConsoleAdapter(services.commands(), ChannelArgument.parse(channel)).ask(String.join(" ", words));
      out.println(reply.plainText());
      out.flush();
      return reply.ok() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
  }
}
