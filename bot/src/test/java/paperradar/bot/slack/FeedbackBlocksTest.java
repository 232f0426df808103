package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/** Each card's 👍 and 👎 sit in an actions block under it, and a message stays within 50 blocks. */
class FeedbackBlocksTest {

  @Test
  void fortyFullCardsWithButtonsStayWithinFiftyBlocksAMessage() {
    List<ReplyPart> parts = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      parts.add(
          new ReplyPart.PaperCard(
                  "Paper " + i,
                  "https://arxiv.org/abs/2611.%05d".formatted(i),
                  "Ada",
                  "why",
                  "a detail",
                  List.of(new ReplyPart.Link("PDF", "https://arxiv.org/pdf/2611.00001")))
              .withFeedback("2611.%05d".formatted(i)));
    }

    List<BlockKitRenderer.SlackMessage> messages = BlockKitRenderer.render(Reply.channel(parts));

    List<ButtonElement> buttons = new ArrayList<>();
    for (BlockKitRenderer.SlackMessage message : messages) {
      assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50);
      for (LayoutBlock block : message.blocks()) {
        if (block instanceof ActionsBlock actions) {
          actions.getElements().forEach(element -> buttons.add((ButtonElement) element));
        }
      }
    }
    assertThat(buttons).hasSize(80);
    assertThat(buttons.get(2).getActionId()).isEqualTo("papers_feedback_like_2");
    assertThat(buttons.get(3).getValue()).isEqualTo("dislike 2611.00002");
    assertThat(buttons.get(79).getActionId()).isEqualTo("papers_feedback_dislike_40");
  }
}
