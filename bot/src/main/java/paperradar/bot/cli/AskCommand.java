package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import paperradar.bot.console.ConsoleAdapter;
import paperradar.core.command.CommandParser;
import paperradar.core.command.ParseResult;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;
import paperradar.core.service.PapersCommandService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ask}: one {@code /papers} command in a console channel, for scripts and tests. */
@Command(
    name = "ask",
    description =
        "Run one /papers command and print the reply. Exit 0 when it succeeded, "
            + "2 when it was refused (the usage is printed).")
final class AskCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--channel",
      paramLabel = "ID",
      defaultValue = "console",
      converter = ChannelArgument.class,
      description = "The console channel to ask in (default: console).")
  ChannelRef channel;

  @Parameters(
      paramLabel = "COMMAND",
      arity = "1..*",
      description = "The command, e.g. \"/papers trending\".")
  String[] words;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String line = String.join(" ", words);
    Optional<Reply> withoutServices = answerWithoutServices(line);
    if (withoutServices.isPresent()) {
      return print(out, withoutServices.get());
    }
    try (Services services = Services.open(root)) {
      return print(out, new ConsoleAdapter(services.commands(), channel).ask(line));
    }
  }

  /**
   * Help and a line the grammar refuses are answered from the grammar alone: opening the database,
   * the index and the topic matcher for them would make the first thing a newcomer types the
   * slowest.
   */
  static Optional<Reply> answerWithoutServices(String line) {
    return switch (CommandParser.parse(line)) {
      case ParseResult.Refused refused -> Optional.of(refused.reply());
      case ParseResult.Parsed parsed ->
          parsed.command() instanceof paperradar.core.command.Command.Help help
              ? Optional.of(PapersCommandService.help(help))
              : Optional.empty();
    };
  }

  private static int print(PrintWriter out, Reply reply) {
    out.println(reply.plainText());
    out.flush();
    return reply.ok() ? ExitCodes.OK : ExitCodes.REFUSED;
  }
}
