package paperradar.core.service;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandService;
import paperradar.core.command.Usage;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/**
 * Answers every {@code /papers} command through its handler. It never throws: a command the asker
 * may not run gets its usage, a failure gets one line of apology, and the log gets the stack trace
 * (without the user's text).
 */
public final class PapersCommandService implements CommandService {

  private static final Logger log = LoggerFactory.getLogger(PapersCommandService.class);

  private final ReadingCommands reading;
  private final TopicCommands topics;
  private final DigestCommands digests;
  private final FeedCommands feeds;
  private final SimilarCommands similar;
  private final FeedbackCommands feedback;

  public PapersCommandService(
      ReadingCommands reading,
      TopicCommands topics,
      DigestCommands digests,
      FeedCommands feeds,
      SimilarCommands similar,
      FeedbackCommands feedback) {
    this.reading = reading;
    this.topics = topics;
    this.digests = digests;
    this.feeds = feeds;
    this.similar = similar;
    this.feedback = feedback;
  }

  @Override
  public Reply handle(CommandContext context, Command command) {
    if (command.changesChannel() && !context.mayChangeChannel()) {
      return Reply.refusal(
          "Changing this channel's topics or digest needs the Manage Channels permission.",
          Usage.of(command.name()).orElse(Usage.overview()));
    }
    Reply reply;
    try {
      reply = run(context, command);
    } catch (RuntimeException e) {
      log.error("/papers {} failed in {}", command.name(), context.channel(), e);
      return new Reply(
          Reply.Visibility.EPHEMERAL,
          false,
          List.of(
              new ReplyPart.Text(
                  "Sorry, that failed unexpectedly. The bot's log has the details.")));
    }
    return command.answersAskerOnly() ? reply.withVisibility(Reply.Visibility.EPHEMERAL) : reply;
  }

  private Reply run(CommandContext context, Command command) {
    return switch (command) {
      case Command.Trending trending -> reading.trending(trending);
      case Command.Search search -> reading.search(search);
      case Command.ShowPaper paper -> reading.paper(paper);
      case Command.Similar similarTo -> similar.similar(similarTo);
      case Command.Subscribe subscribe -> topics.subscribe(context, subscribe);
      case Command.Unsubscribe unsubscribe -> topics.unsubscribe(context, unsubscribe);
      case Command.Topics list -> topics.list(context);
      case Command.DigestSettings show -> digests.show(context);
      case Command.DigestAt at -> digests.at(context, at);
      case Command.DigestDays days -> digests.days(context, days);
      case Command.DigestEnabled enabled -> digests.enabled(context, enabled);
      case Command.DigestWhenEmpty empty -> digests.whenEmpty(context, empty);
      case Command.DigestPreview preview -> digests.preview(context);
      case Command.FeedAdd add -> feeds.add(context, add);
      case Command.FeedList list -> feeds.list(context);
      case Command.FeedRemove remove -> feeds.remove(context, remove);
      case Command.Help help -> help(help);
      case Command.GiveFeedback give -> feedback.give(context, give);
      case Command.Likes likes -> feedback.list(context);
    };
  }

  /**
   * The answer to {@code /papers help}: it needs no store or index, so the command line gives it
   * without them.
   */
  public static Reply help(Command.Help help) {
    String text =
        help.subcommand().isEmpty() ? Usage.overview() : Usage.of(help.subcommand()).orElseThrow();
    return Reply.ephemeral(List.of(new ReplyPart.Preformatted(text)));
  }
}
