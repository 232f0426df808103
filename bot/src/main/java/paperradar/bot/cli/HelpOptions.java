package paperradar.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives every subcommand {@code -h}/{@code --help}, so that a newcomer's first guess prints the
 * usage and exits 0 instead of "Unknown option". Added here rather than on each annotation so that
 * a subcommand added later cannot forget it.
 */
final class HelpOptions {

  private HelpOptions() {}

  static CommandLine addEverywhere(CommandLine commandLine) {
    commandLine.getSubcommands().values().forEach(HelpOptions::addTo);
    return commandLine;
  }

  private static void addTo(CommandLine command) {
    var spec = command.getCommandSpec();
    boolean hasHelp = spec.options().stream().anyMatch(OptionSpec::usageHelp);
    if (!hasHelp && spec.findOption("--help") == null) {
      spec.addOption(
          OptionSpec.builder("-h", "--help")
              .usageHelp(true)
              .description("Show this help message and exit.")
              .build());
    }
    command.getSubcommands().values().forEach(HelpOptions::addTo);
  }
}
