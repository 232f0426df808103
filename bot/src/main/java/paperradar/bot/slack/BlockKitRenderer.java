package paperradar.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import paperradar.core.command.CommandParser;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyLimits;
import paperradar.core.reply.ReplyPart;
import paperradar.core.reply.ReplyPart.Buttons;
import paperradar.core.reply.ReplyPart.Heading;
import paperradar.core.reply.ReplyPart.Link;
import paperradar.core.reply.ReplyPart.PaperCard;
import paperradar.core.reply.ReplyPart.Preformatted;
import paperradar.core.reply.ReplyPart.Text;
import paperradar.core.subscribe.FeedbackStore;

/**
 * Renders a reply as Slack messages in Block Kit: one message per piece that {@link Reply#split}
 * cut within Slack's limits (at most 50 blocks; a section's text at most 3,000 characters).
 */
public final class BlockKitRenderer {

  /**
   * Buttons carry this action id prefix; the app routes every press with it back to the command
   * service.
   */
  public static final String ACTION_PREFIX = "papers_cmd_";

  /**
   * A card's 👍 and 👎 carry this action id prefix (then the verb and the card's number, since
   * action ids must be unique in a message): their answer is a private note, and the message whose
   * button was pressed stays as it is.
   */
  public static final String FEEDBACK_PREFIX = "papers_feedback_";

  static final int MAX_BLOCKS = 50;
  static final int MAX_TEXT = 3_000;
  private static final int MAX_HEADER = 150;
  private static final int MAX_BUTTON_VALUE = 2_000;

  private BlockKitRenderer() {}

  /**
   * One message: the blocks, and the text Slack shows in notifications and where blocks cannot be
   * shown.
   */
  public record SlackMessage(String text, List<LayoutBlock> blocks) {}

  /** Slack takes at most this many posts to one response URL. */
  static final int RESPONSE_URL_POSTS = 5;

  public static List<SlackMessage> render(Reply reply) {
    return reply.split(ReplyLimits.SLACK).stream().map(BlockKitRenderer::message).toList();
  }

  /**
   * A command's answer through its response URL. When the split reply needs more posts than Slack
   * takes there, the first four go out and a fifth says how many papers did not fit, rather than
   * Slack dropping the end without a word. (Digests go through chat.postMessage, which has no such
   * limit.)
   */
  public static List<SlackMessage> renderForResponseUrl(Reply reply) {
    List<Reply> pieces = reply.split(ReplyLimits.SLACK);
    if (pieces.size() <= RESPONSE_URL_POSTS) {
      return pieces.stream().map(BlockKitRenderer::message).toList();
    }
    List<SlackMessage> messages = new ArrayList<>();
    pieces.subList(0, RESPONSE_URL_POSTS - 1).forEach(piece -> messages.add(message(piece)));
    int leftOut =
        pieces.subList(RESPONSE_URL_POSTS - 1, pieces.size()).stream()
            .mapToInt(p -> p.cards().size())
            .sum();
    messages.add(
        message(
            new Reply(
                reply.visibility(),
                reply.ok(),
                List.of(
                    new Text(
                        "…and "
                            + leftOut
                            + " more papers: more than one Slack answer can carry. Narrow the command down to see them.")))));
    return messages;
  }

  private static SlackMessage message(Reply piece) {
    return new SlackMessage(fallback(piece), blocks(piece));
  }

  static List<LayoutBlock> blocks(Reply reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    int number = 0;
    for (ReplyPart part : reply.parts()) {
      switch (part) {
        case Heading h ->
            blocks.add(header(b -> b.text(plainText(SlackText.plain(cut(h.text(), MAX_HEADER))))));
        case Text t ->
            blocks.add(
                section(b -> b.text(markdownText(cut(SlackText.mrkdwn(t.text()), MAX_TEXT)))));
        case Preformatted p ->
            blocks.add(
                section(
                    b ->
                        b.text(
                            markdownText(
                                "```" + cut(SlackText.escape(p.text()), MAX_TEXT - 6) + "```"))));
        case PaperCard card -> blocks.addAll(card(card, ++number));
        case Buttons buttons -> blocks.add(actions(buttons(buttons)));
      }
    }
    if (blocks.size() > MAX_BLOCKS) {
      throw new IllegalStateException(
          "a split reply still has " + blocks.size() + " blocks; ReplyLimits.SLACK is wrong");
    }
    return blocks;
  }

  /** Up to three blocks: the linked title with authors and why, the detail, the links. */
  private static List<LayoutBlock> card(PaperCard card, int number) {
    List<LayoutBlock> blocks = new ArrayList<>();
    StringBuilder head = new StringBuilder();
    head.append(card.numberOr(number))
        .append(". *")
        .append(SlackText.link(card.url(), card.title()))
        .append('*');
    if (!card.authors().isEmpty()) {
      head.append('\n').append(SlackText.mrkdwn(card.authors()));
    }
    if (!card.why().isEmpty()) {
      head.append('\n').append(SlackText.mrkdwn(card.why()));
    }
    String headText = cut(head.toString(), MAX_TEXT);
    blocks.add(section(b -> b.text(markdownText(headText))));
    if (!card.detail().isEmpty()) {
      String detail = cut(SlackText.mrkdwn(card.detail()), MAX_TEXT);
      blocks.add(section(b -> b.text(markdownText(detail))));
    }
    List<ContextBlockElement> links = new ArrayList<>();
    for (Link link : card.links()) {
      links.add(markdownText(SlackText.link(link.url(), link.label())));
    }
    if (!links.isEmpty()) {
      blocks.add(context(links.subList(0, Math.min(10, links.size()))));
    }
    if (card.paperKey() != null) {
      // One small actions block under each card: the buttons sit by the paper they rate. Slack
      // takes 25 elements an actions block and 50 blocks a message; ReplyLimits.SLACK keeps a
      // message to 12 parts of at most 4 blocks.
      blocks.add(actions(feedbackButtons(card.paperKey(), card.numberOr(number))));
    }
    return blocks;
  }

  private static List<BlockElement> feedbackButtons(String paperKey, int number) {
    List<BlockElement> elements = new ArrayList<>();
    for (FeedbackStore.Verdict verdict : FeedbackStore.Verdict.values()) {
      boolean like = verdict == FeedbackStore.Verdict.LIKE;
      elements.add(
          ButtonElement.builder()
              .actionId(FEEDBACK_PREFIX + (like ? "like_" : "dislike_") + number)
              .text(plainText(like ? ReplyPart.LIKE_LABEL : ReplyPart.DISLIKE_LABEL, true))
              .value(CommandParser.feedbackLine(verdict, paperKey))
              .build());
    }
    return elements;
  }

  private static List<BlockElement> buttons(Buttons buttons) {
    List<BlockElement> elements = new ArrayList<>();
    int index = 0;
    for (ReplyPart.Button button : buttons.buttons()) {
      if (button.commandLine().length() > MAX_BUTTON_VALUE) {
        continue;
      }
      elements.add(
          ButtonElement.builder()
              .actionId(ACTION_PREFIX + index++)
              .text(plainText(SlackText.plain(cut(button.label(), 75))))
              .value(button.commandLine())
              .build());
    }
    return elements;
  }

  /** The notification text: the plain-text reply, escaped, within one section's worth. */
  private static String fallback(Reply reply) {
    StringJoiner text = new StringJoiner("\n");
    text.add(reply.plainText());
    return cut(SlackText.plain(text.toString()), MAX_TEXT);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
