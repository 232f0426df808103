package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/** 👍 and 👎 stay within Discord's 5 buttons a row and 5 rows a message, numbered by card. */
class FeedbackRowsTest {

  private static Reply cards(int count) {
    List<ReplyPart> parts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      parts.add(
          new ReplyPart.PaperCard("Paper " + i, null, "", "why", "", List.of())
              .withFeedback("2611.%05d".formatted(i)));
    }
    parts.add(
        new ReplyPart.Buttons(
            List.of(
                new ReplyPart.Button("Previous", "search x page 1"),
                new ReplyPart.Button("Next", "search x page 3"))));
    return Reply.channel(parts);
  }

  private static List<List<String>> labels(MessageCreateData message) {
    return message.getComponents().stream()
        .map(row -> ((ActionRow) row).getButtons().stream().map(Button::getLabel).toList())
        .toList();
  }

  @Test
  void tenCardsGetFourNumberedRowsAndPagingTheFifth() {
    List<MessageCreateData> messages = EmbedRenderer.render(cards(10));

    assertThat(messages).hasSize(1);
    assertThat(labels(messages.getFirst()))
        .containsExactly(
            List.of("👍 1", "👍 2", "👍 3", "👍 4", "👍 5"),
            List.of("👎 1", "👎 2", "👎 3", "👎 4", "👎 5"),
            List.of("👍 6", "👍 7", "👍 8", "👍 9", "👍 10"),
            List.of("👎 6", "👎 7", "👎 8", "👎 9", "👎 10"),
            List.of("Previous", "Next"));
    assertThat(
            ((ActionRow) messages.getFirst().getComponents().get(1))
                .getButtons()
                .getFirst()
                .getCustomId())
        .isEqualTo(EmbedRenderer.BUTTON_PREFIX + "dislike 2611.00001");
  }

  @Test
  void everyMessageOfALongReplyRatesItsOwnCardsWithinFiveRows() {
    List<MessageCreateData> messages = EmbedRenderer.render(cards(23));

    assertThat(messages).hasSizeGreaterThan(2);
    List<String> likes = new ArrayList<>();
    for (MessageCreateData message : messages) {
      assertThat(message.getComponents()).hasSizeLessThanOrEqualTo(5);
      labels(message).forEach(row -> assertThat(row).hasSizeLessThanOrEqualTo(5));
      labels(message).stream()
          .flatMap(List::stream)
          .filter(label -> label.startsWith("👍"))
          .forEach(likes::add);
    }
    assertThat(likes).hasSize(23).contains("👍 1", "👍 11", "👍 23");
  }
}
