package paperradar.bot.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.bot.config.ConfigException;
import paperradar.core.search.QueryException;
import paperradar.core.store.DataDirectoryInUseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures that end a command: a bad configuration or query is the user's to fix and gets one line
 * and exit 2; anything else nobody planned for gets one line and exit 1. The stack trace is logged
 * at DEBUG only ({@code PAPERRADAR_LOG_LEVEL=DEBUG}), so that none reaches a user who did not ask
 * for it.
 */
final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
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
    log.debug("{} failed", commandLine.getCommandName(), e);
    commandLine
        .getErr()
        .println(
            "error: "
                + commandLine.getCommandName()
                + " failed unexpectedly: "
                + (e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : firstLine(e.getMessage()))
                + (log.isDebugEnabled() ? "" : " (PAPERRADAR_LOG_LEVEL=DEBUG shows where)"));
    return ExitCodes.FAILURE;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
