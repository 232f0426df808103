package paperradar.core.command;

import paperradar.core.reply.Reply;

/** What reading a command gave: a command, or a refusal that carries the usage to show. */
public sealed interface ParseResult {

  /** A command the service can run. */
  record Parsed(Command command) implements ParseResult {}

  /**
   * A refused line or option: an unknown subcommand or a bad argument.
   *
   * @param problem what is wrong, for the user
   * @param usage the usage of the subcommand concerned (or the overview)
   */
  record Refused(String problem, String usage) implements ParseResult {

    /** The refusal as the asker sees it. */
    public Reply reply() {
      return Reply.refusal(problem, usage);
    }
  }
}
