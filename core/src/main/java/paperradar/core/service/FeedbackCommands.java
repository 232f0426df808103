package paperradar.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandParser;
import paperradar.core.model.Paper;
import paperradar.core.reply.PaperCards;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.FeedbackStore;
import paperradar.core.subscribe.FeedbackStore.Feedback;
import paperradar.core.subscribe.FeedbackStore.Outcome;
import paperradar.core.subscribe.FeedbackStore.Verdict;

/**
 * like, dislike (typed, or the 👍 and 👎 buttons) and likes. The answers are short and for the
 * asker only: a press must not put "noted" in front of the whole channel.
 */
public final class FeedbackCommands {

  /** How many likes, and how many dislikes, {@code likes} lists. */
  static final int LISTED = 20;

  private final PaperLookup papers;
  private final FeedbackStore feedback;
  private final PaperStore store;
  private final Clock clock;

  public FeedbackCommands(PaperStore store, PaperIndex index, FeedbackStore feedback, Clock clock) {
    this.papers = new PaperLookup(store, index);
    this.store = store;
    this.feedback = feedback;
    this.clock = clock;
  }

  Reply give(CommandContext context, Command.GiveFeedback command) {
    return switch (papers.find(command.idOrTitle())) {
      case PaperLookup.Found.One one -> toggle(context, command.verdict(), one.paper());
      case PaperLookup.Found.Choices choices -> choose(command, choices);
    };
  }

  private Reply toggle(CommandContext context, Verdict verdict, Paper paper) {
    Outcome outcome =
        feedback.toggle(context.channel(), paper.id(), verdict, context.userId(), clock.instant());
    String title = "\u201c" + PaperCards.cut(paper.title(), 150) + "\u201d";
    String text =
        switch (outcome) {
          case GIVEN -> label(verdict) + " noted for " + title;
          case REPLACED ->
              label(verdict) + " noted for " + title + " (it replaces the " + other(verdict) + ")";
          case TAKEN_BACK -> label(verdict) + " taken back for " + title;
        };
    return Reply.ephemeral(List.of(new ReplyPart.Text(text)));
  }

  /** Nothing or several papers fit: say which, and let the asker pick by arXiv id. */
  private static Reply choose(Command.GiveFeedback command, PaperLookup.Found.Choices choices) {
    String asked = PaperCards.cut(command.idOrTitle(), 120);
    if (choices.papers().isEmpty()) {
      return new Reply(
          Reply.Visibility.EPHEMERAL,
          false,
          List.of(
              new ReplyPart.Text(
                  "I know no paper by \u201c"
                      + asked
                      + "\u201d. Give its arXiv id, or find it with /papers search.")));
    }
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(
        new ReplyPart.Text(
            choices.sameTitle()
                ? choices.papers().size()
                    + " papers have the title \u201c"
                    + asked
                    + "\u201d; which one?"
                : "No paper has exactly the title \u201c" + asked + "\u201d; did you mean:"));
    for (Paper candidate : choices.papers()) {
      parts.add(
          PaperCards.brief(
              candidate,
              "/papers "
                  + CommandParser.feedbackLine(command.verdict(), PaperCards.key(candidate))));
    }
    return new Reply(Reply.Visibility.EPHEMERAL, false, parts);
  }

  Reply list(CommandContext context) {
    List<Feedback> all = feedback.feedback(context.channel());
    if (all.isEmpty()) {
      return Reply.ephemeral(
          List.of(
              new ReplyPart.Text(
                  "This channel has not liked or disliked any paper yet. Press 👍 or 👎 on a"
                      + " paper, or use /papers like <arXiv id or title>.")));
    }
    List<Feedback> likes = all.stream().filter(f -> f.verdict() == Verdict.LIKE).toList();
    List<Feedback> dislikes = all.stream().filter(f -> f.verdict() == Verdict.DISLIKE).toList();
    Map<Long, Paper> byId =
        store
            .papers(
                Stream.concat(likes.stream().limit(LISTED), dislikes.stream().limit(LISTED))
                    .map(Feedback::paperId)
                    .toList())
            .stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    List<ReplyPart> parts = new ArrayList<>();
    section(parts, ReplyPart.LIKE_LABEL + " Liked here (" + likes.size() + ")", likes, byId);
    section(
        parts,
        ReplyPart.DISLIKE_LABEL + " Disliked here (" + dislikes.size() + ")",
        dislikes,
        byId);
    return Reply.ephemeral(parts);
  }

  private static void section(
      List<ReplyPart> parts, String heading, List<Feedback> given, Map<Long, Paper> byId) {
    if (given.isEmpty()) {
      return;
    }
    parts.add(new ReplyPart.Heading(heading));
    for (Feedback one : given.subList(0, Math.min(LISTED, given.size()))) {
      Paper paper = byId.get(one.paperId());
      if (paper != null) {
        parts.add(PaperCards.brief(paper, "since " + day(one)));
      }
    }
    if (given.size() > LISTED) {
      parts.add(new ReplyPart.Text("and " + (given.size() - LISTED) + " older ones"));
    }
  }

  private static LocalDate day(Feedback feedback) {
    return LocalDate.ofInstant(feedback.givenAt(), ZoneOffset.UTC);
  }

  private static String label(Verdict verdict) {
    return verdict == Verdict.LIKE ? ReplyPart.LIKE_LABEL : ReplyPart.DISLIKE_LABEL;
  }

  private static String other(Verdict verdict) {
    return label(verdict == Verdict.LIKE ? Verdict.DISLIKE : Verdict.LIKE);
  }
}
