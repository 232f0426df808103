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
    subcommands = {
      RunCommand.class,
      AskCommand.class,
      IngestCommand.class,
      ExportCommand.class,
      TrendingCommand.class,
      SearchCommand.class,
      EnrichCommand.class,
      ReindexCommand.class,
      CompactCommand.class,
      DigestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RootCommand {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:PAPERRADAR_DATA:-./data}",
      description =
          "Data directory for the embedded database and the search index (default: ./data; "
              + "env PAPERRADAR_DATA).")
  Path dataDir;

  @Option(
      names = "--database-url",
      paramLabel = "JDBC_URL",
      defaultValue = "${env:PAPERRADAR_DATABASE_URL}",
      description =
          "A PostgreSQL JDBC URL to use instead of the embedded H2 database "
              + "(env PAPERRADAR_DATABASE_URL).")
  String databaseUrl;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = "${env:PAPERRADAR_CONFIG}",
      description =
          "A configuration file laid over the defaults (see config/paper-radar.yaml; "
              + "env PAPERRADAR_CONFIG).")
  Path configFile;

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new RootCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new UnexpectedErrorHandler());
    return HelpOptions.addEverywhere(commandLine);
  }
}
