package paperradar.bot.cli;

/** The exit codes of the command line: part of the user's contract. */
final class ExitCodes {

  /** Everything asked for was done. */
  static final int OK = 0;

  /** Something unexpected failed; the log has the details. */
  static final int FAILURE = 1;

  /** The input or the request was refused: a bad listing, a bad argument, an unknown subcommand. */
  static final int REFUSED = 2;

  private ExitCodes() {}
}
