package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/**
 * Block Kit replies stay within Slack's limits: 50 blocks a message, 3,000 characters a section.
 */
public class BlockKitRendererTest {

  public static Reply longReply(int papers, int abstractLength) {
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Heading("Trending"));
    for (int i = 1; i <= papers; i++) {
      parts.add(
          new ReplyPart.PaperCard(
              "Paper " + i + " *with* <stars>",
              "https://arxiv.org/abs/2611." + i,
              "Author " + i,
              "▲ +" + i + " upvotes",
              "x".repeat(abstractLength),
              List.of(new ReplyPart.Link("arXiv", "https://arxiv.org/abs/2611." + i))));
    }
    parts.add(new ReplyPart.Buttons(List.of(new ReplyPart.Button("Next", "search x page 2"))));
    return Reply.channel(parts);
  }

  @Test
  void aLongReplyIsSplitBetweenPapersWithinTheBlockAndTextLimits() {
    List<BlockKitRenderer.SlackMessage> messages = BlockKitRenderer.render(longReply(60, 5_000));

    assertThat(messages).hasSizeGreaterThan(1);
    for (BlockKitRenderer.SlackMessage message : messages) {
      assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
      assertThat(message.text()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_TEXT);
      for (LayoutBlock block : message.blocks()) {
        if (block instanceof SectionBlock section) {
          assertThat(section.getText().getText())
              .hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_TEXT);
        }
      }
    }
    String all = messages.stream().map(m -> m.blocks().toString()).reduce("", String::concat);
    for (int i = 1; i <= 60; i++) {
      assertThat(all)
          .as("paper %d shown whole, once", i)
          .containsOnlyOnce("|Paper " + i + " \u200B*with\u200B* &lt;stars&gt;>");
    }
  }

  @Test
  void aResponseUrlGetsAtMostFivePostsAndTheLastSaysWhatDidNotFit() {
    List<BlockKitRenderer.SlackMessage> all = BlockKitRenderer.render(longReply(60, 5_000));
    assertThat(all).hasSizeGreaterThan(BlockKitRenderer.RESPONSE_URL_POSTS);

    List<BlockKitRenderer.SlackMessage> posts =
        BlockKitRenderer.renderForResponseUrl(longReply(60, 5_000));

    assertThat(posts).hasSize(BlockKitRenderer.RESPONSE_URL_POSTS);
    assertThat(posts.subList(0, 4)).isEqualTo(all.subList(0, 4));
    String shown =
        posts.subList(0, 4).stream().map(m -> m.blocks().toString()).reduce("", String::concat);
    int cardsShown =
        (int) java.util.regex.Pattern.compile("\\|Paper \\d+ ").matcher(shown).results().count();
    assertThat(posts.getLast().text()).contains("…and " + (60 - cardsShown) + " more papers");
    assertThat(BlockKitRenderer.renderForResponseUrl(longReply(3, 100)))
        .isEqualTo(BlockKitRenderer.render(longReply(3, 100)));
  }
}
