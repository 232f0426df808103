package paperradar.bot.cli;

import org.slf4j.Logger;
import paperradar.bot.config.ConfigException;
import paperradar.core.search.QueryException;
import paperradar.core.store.DataDirectoryInUseException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures that end a command: a bad configuration or query is the user's to fix and gets one line and
 * exit 2; anything else nobody planned for gets one line, exit 1, and the stack trace in the log.
 */
final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof ConfigException) {
      commandLine.getErr().println("error: " + e.getMessage());
      return ExitCodes.REFUSED;
    }
    if (e instanceof DataDirectoryInUseException) {
      commandLine.getErr().println("error: " + e.getMessage());
      return ExitCodes.REFUSED;
    }
    if (e instanceof QueryException) {
      commandLine.getErr().println("error: bad query: " + e.getMessage());
      return ExitCodes.REFUSED;
    }
    log.error("{} failed", commandLine.getCommandName(), e);
    commandLine.getErr().println("error: " + commandLine.getCommandName() + " failed unexpectedly: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    return ExitCodes.FAILURE;
  }
}
