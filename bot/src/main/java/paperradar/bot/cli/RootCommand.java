package paperradar.bot.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options, and the subcommands. */
@Command(
    name = "paper-radar",
    mixinStandardHelpOptions = true,
    version = "paper-radar 0.1.0",
    description = "Tracks new and trending research papers and brings them to chat channels.",
    subcommands = {CommandLine.HelpCommand.class})
public final class RootCommand {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
      description = "Data directory for the embedded database and the search index (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new RootCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
