package paperradar.core.command;

import paperradar.core.reply.Reply;

/**
 * The text grammar as an adapter of the {@link CommandService}: a line typed in the console, sent
 * by Slack, given to {@code ask} or carried by a button is parsed into a {@link Command} (a
 * trailing {@code --private} included) and answered; a line the grammar refuses is answered with
 * its usage.
 */
public final class TextCommands {

  private final CommandService service;

  public TextCommands(CommandService service) {
    this.service = service;
  }

  /** Answers one line; like the service, it never throws. */
  public Reply handle(CommandContext context, String line) {
    return switch (CommandParser.parse(line)) {
      case ParseResult.Refused refused -> refused.reply();
      case ParseResult.Parsed parsed -> service.handle(context, parsed.command());
    };
  }
}
