package paperradar.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import paperradar.bot.discord.EmbedRenderer;
import paperradar.bot.slack.BlockKitRenderer;
import paperradar.bot.slack.BlockKitRendererTest;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyCodec;
import paperradar.core.reply.ReplyPart;

/**
 * A card's number is the same on every renderer: a search page's own numbers (6..10 on page 2), and
 * numbers that go on across the messages a long reply is split into.
 */
class CardNumbersTest {

  private static final Reply PAGE_TWO =
      Reply.channel(
          List.of(
              new ReplyPart.Heading("Papers 6–7 of 7 for x"),
              card("Sixth").numbered(6),
              card("Seventh").numbered(7)));

  private static ReplyPart.PaperCard card(String title) {
    return new ReplyPart.PaperCard(
        title, "https://arxiv.org/abs/2611.00001", "Ada", "why", "", List.of());
  }

  @Test
  void plainTextShowsTheCardsOwnNumbers() {
    assertThat(PAGE_TWO.plainText())
        .contains("6. Sixth")
        .contains("7. Seventh")
        .doesNotContain("1. Sixth");
  }

  @Test
  void slackShowsTheCardsOwnNumbers() {
    String text =
        BlockKitRenderer.render(PAGE_TWO).stream()
            .flatMap(message -> message.blocks().stream())
            .filter(SectionBlock.class::isInstance)
            .map(block -> ((SectionBlock) block).getText())
            .filter(Objects::nonNull)
            .map(TextObject::getText)
            .reduce("", String::concat);
    assertThat(text).contains("6. *").contains("7. *").doesNotContain("1. *");
  }

  @Test
  void discordShowsTheCardsOwnNumbers() {
    List<String> titles =
        EmbedRenderer.render(PAGE_TWO).stream()
            .flatMap(message -> message.getEmbeds().stream())
            .map(MessageEmbed::getTitle)
            .filter(Objects::nonNull)
            .toList();
    assertThat(titles)
        .anyMatch(title -> title.startsWith("6. Sixth"))
        .anyMatch(title -> title.startsWith("7. Seventh"));
  }

  @Test
  void aLongReplySplitIntoSeveralSlackMessagesNumbersOnAcrossThem() {
    List<BlockKitRenderer.SlackMessage> messages =
        BlockKitRenderer.render(BlockKitRendererTest.longReply(60, 5_000));
    assertThat(messages).hasSizeGreaterThan(1);

    String second =
        messages.get(1).blocks().stream()
            .filter(SectionBlock.class::isInstance)
            .map(block -> ((SectionBlock) block).getText())
            .filter(Objects::nonNull)
            .map(TextObject::getText)
            .findFirst()
            .orElseThrow();
    assertThat(second).matches("(?s)([2-9]|\\d{2,})\\. \\*.*");
  }

  @Test
  void theNumberSurvivesTheStoredReplyCodec() {
    assertThat(ReplyCodec.fromJson(ReplyCodec.toJson(PAGE_TWO))).isEqualTo(PAGE_TWO);
  }
}
