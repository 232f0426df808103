package paperradar.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandService;
import paperradar.core.command.TextCommands;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;

/**
 * The console adapter: a person types {@code /papers …} at a prompt and reads the rendered reply,
 * in a channel named {@code console}. {@code quit}, {@code exit} (with or without a slash) and end
 * of input (Ctrl-D) quit. It needs no token, so anyone can try the bot.
 */
public final class ConsoleAdapter {

  static final String PROMPT = "papers> ";

  /** What a person types to leave; a newcomer tries these before Ctrl-D. */
  static final Set<String> QUIT_WORDS = Set.of("quit", "exit", "/quit", "/exit", ":q", "q");

  private final TextCommands commands;
  private final CommandContext context;

  public ConsoleAdapter(CommandService commands, String channel) {
    this(commands, ChannelRef.console(channel));
  }

  public ConsoleAdapter(CommandService commands, ChannelRef channel) {
    this.commands = new TextCommands(commands);
    // The console's user owns the terminal, so they may change the channel's topics and digest.
    this.context = new CommandContext(channel, "console-user", true);
  }

  /** Reads commands until end of input. */
  public void run(BufferedReader in, PrintWriter out) throws IOException {
    out.println("paper-radar console: type /papers help; quit, exit or Ctrl-D to leave.");
    while (true) {
      out.print(PROMPT);
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        out.flush();
        return;
      }
      if (QUIT_WORDS.contains(line.strip().toLowerCase(Locale.ROOT))) {
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      String reply = render(commands.handle(context, line));
      synchronized (out) {
        out.println(reply);
        out.flush();
      }
    }
  }

  /** One command, one reply: what {@code ask} uses. */
  public Reply ask(String line) {
    return commands.handle(context, line);
  }

  static String render(Reply reply) {
    return reply.plainText();
  }
}
