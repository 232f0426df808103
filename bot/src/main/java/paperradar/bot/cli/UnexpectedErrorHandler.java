package paperradar.bot.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A failure nobody planned for: the user gets one line, the log gets the stack trace. */
final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    log.error("{} failed", commandLine.getCommandName(), e);
    commandLine.getErr().println("error: " + commandLine.getCommandName() + " failed unexpectedly: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    return ExitCodes.FAILURE;
  }
}
