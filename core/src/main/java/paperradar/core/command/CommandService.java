package paperradar.core.command;

import paperradar.core.reply.Reply;

/**
 * Answers {@code /papers} command lines. Every adapter (Slack, Discord, console) calls this and renders
 * the reply.
 *
 * <p>Contract: {@link #handle} MUST return a reply for any line, never throw: a refused line gets its
 * usage, an unexpected failure gets a short apology (and the log gets the stack trace).
 */
public interface CommandService {

  Reply handle(CommandContext context, String line);
}
