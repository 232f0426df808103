package paperradar.core.command;

/** What parsing a command line gave: a command, or a refusal that carries the usage to show. */
public sealed interface ParseResult {

  /** A command the handler can run. */
  record Parsed(Command command) implements ParseResult {}

  /**
   * A refused line: an unknown subcommand or a bad argument.
   *
   * @param problem what is wrong, for the user
   * @param usage the usage of the subcommand concerned (or the overview)
   */
  record Refused(String problem, String usage) implements ParseResult {}
}
