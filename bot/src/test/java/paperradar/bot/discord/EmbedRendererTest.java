package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import paperradar.bot.slack.BlockKitRendererTest;

/**
 * Embed replies stay within Discord's limits: 10 embeds and 6,000 characters a message, 4,096 a
 * description.
 */
class EmbedRendererTest {

  @Test
  void aLongReplyIsSplitBetweenPapersWithinTheEmbedLimits() {
    List<MessageCreateData> messages =
        EmbedRenderer.render(BlockKitRendererTest.longReply(60, 5_000));

    assertThat(messages).hasSizeGreaterThan(6);
    int cards = 0;
    for (MessageCreateData message : messages) {
      assertThat(message.getEmbeds()).hasSizeLessThanOrEqualTo(10);
      assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum())
          .isLessThanOrEqualTo(6_000);
      for (MessageEmbed embed : message.getEmbeds()) {
        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getDescription() == null ? 0 : embed.getDescription().length())
            .isLessThanOrEqualTo(4_096);
        if (embed.getTitle() != null && embed.getTitle().matches("\\d+\\. Paper .*")) {
          cards++;
        }
      }
      assertThat(message.getAllowedMentions()).isEmpty();
    }
    assertThat(cards).isEqualTo(60);
    assertThat(messages.getLast().getComponents())
        .as("the paging buttons end the reply")
        .hasSize(1);
  }

  @Test
  void discordTextIsEscaped() {
    assertThat(DiscordText.escape("**bold** [x](https://evil.test) <@123> @everyone\n# heading"))
        .isEqualTo(
            "\\*\\*bold\\*\\* \\[x\\](https://evil.test) \\<@123\\> @\u200Beveryone\n\\# heading");
    assertThat(DiscordText.url("javascript:alert(1)")).isNull();
    assertThat(DiscordText.escape("-# hidden\n  -# also hidden\nmid -# line stays"))
        .as("subtext at a line's start is escaped, in the middle of a line it means nothing")
        .isEqualTo("\\-# hidden\n  \\-# also hidden\nmid -# line stays");
    assertThat(DiscordText.url("https://arxiv.org/abs/1(2)"))
        .isEqualTo("https://arxiv.org/abs/1%282%29");
  }
}
