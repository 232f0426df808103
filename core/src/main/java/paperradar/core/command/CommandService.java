package paperradar.core.command;

import paperradar.core.reply.Reply;

/**
 * The core's entry point: answers a {@link Command}. Every adapter calls this and renders the
 * reply; the text grammar is one adapter of it ({@link TextCommands}), Discord's typed options
 * another.
 *
 * <p>Contract: {@link #handle} MUST return a reply for any command, never throw: a command the
 * asker may not run gets its usage, an unexpected failure gets a short apology (and the log gets
 * the stack trace).
 */
public interface CommandService {

  Reply handle(CommandContext context, Command command);
}
