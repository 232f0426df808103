package paperradar.core.service;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandParser;
import paperradar.core.command.CommandService;
import paperradar.core.command.ParseResult;
import paperradar.core.command.Usage;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/**
 * Answers every {@code /papers} line from the core services. It never throws: a refused line gets its
 * usage, a failure gets one line of apology, and the log gets the stack trace (without the user's text).
 */
public final class PapersCommandService implements CommandService {

  private static final Logger log = LoggerFactory.getLogger(PapersCommandService.class);

  private final ReadingCommands reading;
  private final TopicCommands topics;
  private final DigestCommands digests;

  public PapersCommandService(PaperRadar radar) {
    this.reading = new ReadingCommands(radar);
    this.topics = new TopicCommands(radar);
    this.digests = new DigestCommands(radar);
  }

  /** Ending a line with this keeps the answer to the asker, on every platform. */
  public static final String PRIVATE_FLAG = "--private";

  @Override
  public Reply handle(CommandContext context, String line) {
    String stripped = line.strip();
    if (stripped.endsWith(" " + PRIVATE_FLAG) || stripped.equals(PRIVATE_FLAG)) {
      String rest = stripped.substring(0, stripped.length() - PRIVATE_FLAG.length());
      return handleParsed(context, rest).withVisibility(Reply.Visibility.EPHEMERAL);
    }
    return handleParsed(context, line);
  }

  private Reply handleParsed(CommandContext context, String line) {
    ParseResult parsed = CommandParser.parse(line);
    if (parsed instanceof ParseResult.Refused refused) {
      return Reply.refusal(refused.problem(), refused.usage());
    }
    Command command = ((ParseResult.Parsed) parsed).command();
    if (command.changesChannel() && !context.mayChangeChannel()) {
      return Reply.refusal("Changing this channel's topics or digest needs the Manage Channels permission.",
          Usage.of(subcommandOf(command)).orElse(Usage.overview()));
    }
    try {
      return run(context, command);
    } catch (RuntimeException e) {
      log.error("/papers {} failed in {}", subcommandOf(command), context.channel(), e);
      return new Reply(Reply.Visibility.EPHEMERAL, false,
          List.of(new ReplyPart.Text("Sorry, that failed unexpectedly. The bot's log has the details.")));
    }
  }

  private Reply run(CommandContext context, Command command) {
    return switch (command) {
      case Command.Trending trending -> reading.trending(trending);
      case Command.Search search -> reading.search(search);
      case Command.ShowPaper paper -> reading.paper(paper);
      case Command.Subscribe subscribe -> topics.subscribe(context, subscribe);
      case Command.Unsubscribe unsubscribe -> topics.unsubscribe(context, unsubscribe);
      case Command.Topics list -> topics.list(context);
      case Command.DigestSettings show -> digests.show(context);
      case Command.DigestAt at -> digests.at(context, at);
      case Command.DigestDays days -> digests.days(context, days);
      case Command.DigestEnabled enabled -> digests.enabled(context, enabled);
      case Command.DigestWhenEmpty empty -> digests.whenEmpty(context, empty);
      case Command.DigestPreview preview -> digests.preview(context);
      case Command.Help help -> help(help);
    };
  }

  private static Reply help(Command.Help help) {
    String text = help.subcommand().isEmpty() ? Usage.overview() : Usage.of(help.subcommand()).orElseThrow();
    return Reply.ephemeral(List.of(new ReplyPart.Preformatted(text)));
  }

  static String subcommandOf(Command command) {
    return switch (command) {
      case Command.Trending t -> "trending";
      case Command.Search s -> "search";
      case Command.ShowPaper p -> "paper";
      case Command.Subscribe s -> "subscribe";
      case Command.Unsubscribe u -> "unsubscribe";
      case Command.Topics t -> "topics";
      case Command.Help h -> "help";
      default -> "digest";
    };
  }
}
