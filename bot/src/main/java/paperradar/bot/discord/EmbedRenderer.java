package paperradar.bot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
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
 * Renders a reply as Discord messages of embeds, one embed per part, within Discord's limits: 10
 * embeds and 6,000 characters of embed text per message, 4,096 per description, 256 per title.
 * Escaping can lengthen text, so messages are packed by the rendered embeds' real lengths, never in
 * the middle of a paper. Every message has empty allowed mentions.
 */
public final class EmbedRenderer {

  /** A button's id: this prefix, then the command line it runs. */
  public static final String BUTTON_PREFIX = "papers:";

  static final int MAX_EMBEDS = Message.MAX_EMBED_COUNT;
  static final int MAX_EMBED_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  private static final int MAX_BUTTON_ID = 100;
  private static final int ACCENT = 0xB31B1B;

  /** Buttons in one action row. */
  private static final int ROW = 5;

  private EmbedRenderer() {}

  public static List<MessageCreateData> render(Reply reply) {
    List<MessageCreateData> messages = new ArrayList<>();
    List<MessageEmbed> embeds = new ArrayList<>();
    List<Rated> rated = new ArrayList<>();
    List<Button> buttons = new ArrayList<>();
    int total = 0;
    int number = 0;
    for (Reply piece : reply.split(ReplyLimits.DISCORD)) {
      for (ReplyPart part : piece.parts()) {
        if (part instanceof Buttons row) {
          buttons.addAll(buttons(row));
          continue;
        }
        MessageEmbed embed = embed(part, part instanceof PaperCard ? ++number : number);
        if (!embeds.isEmpty()
            && (embeds.size() == MAX_EMBEDS || total + embed.getLength() > MAX_EMBED_TOTAL)) {
          messages.add(message(embeds, rated, List.of()));
          embeds = new ArrayList<>();
          rated = new ArrayList<>();
          total = 0;
        }
        embeds.add(embed);
        total += embed.getLength();
        if (part instanceof PaperCard card && card.paperKey() != null) {
          rated.add(new Rated(card.numberOr(number), card.paperKey()));
        }
      }
    }
    messages.add(message(embeds, rated, buttons));
    return messages;
  }

  /** A card of the message that gets 👍 and 👎: the number it shows, the paper it rates. */
  private record Rated(int number, String paperKey) {}

  private static MessageCreateData message(
      List<MessageEmbed> embeds, List<Rated> rated, List<Button> buttons) {
    MessageCreateBuilder message =
        new MessageCreateBuilder()
            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
            .setEmbeds(embeds);
    List<ActionRow> rows = new ArrayList<>(feedbackRows(rated));
    if (!buttons.isEmpty()) {
      rows.add(ActionRow.of(buttons.subList(0, Math.min(ROW, buttons.size()))));
    }
    if (!rows.isEmpty()) {
      message.setComponents(rows);
    }
    if (embeds.isEmpty() && buttons.isEmpty()) {
      message.setContent("(nothing to show)");
    }
    return message.build();
  }

  /**
   * 👍 and 👎 for each card, as a compact numbered set: Discord takes 5 buttons a row and 5 rows a
   * message, and a message holds up to 10 cards, so a row per card cannot work. Cards go by fives:
   * a row of "👍 1" … "👍 5", then a row of "👎 1" … "👎 5", then the same for 6..10; with a full
   * message that is 4 rows, leaving the fifth for Previous and Next. A button's id is its command
   * line, which must be unique in a message: a paper shown twice keeps its first pair only.
   */
  private static List<ActionRow> feedbackRows(List<Rated> rated) {
    Set<String> seen = new HashSet<>();
    List<Rated> unique =
        rated.stream().filter(card -> seen.add(card.paperKey())).limit(2L * ROW).toList();
    List<ActionRow> rows = new ArrayList<>();
    for (int from = 0; from < unique.size(); from += ROW) {
      List<Rated> five = unique.subList(from, Math.min(unique.size(), from + ROW));
      for (FeedbackStore.Verdict verdict : FeedbackStore.Verdict.values()) {
        String label =
            verdict == FeedbackStore.Verdict.LIKE ? ReplyPart.LIKE_LABEL : ReplyPart.DISLIKE_LABEL;
        List<Button> row = new ArrayList<>();
        for (Rated card : five) {
          String id = BUTTON_PREFIX + CommandParser.feedbackLine(verdict, card.paperKey());
          if (id.length() <= MAX_BUTTON_ID) {
            row.add(Button.secondary(id, label + " " + card.number()));
          }
        }
        if (!row.isEmpty()) {
          rows.add(ActionRow.of(row));
        }
      }
    }
    return rows;
  }

  private static MessageEmbed embed(ReplyPart part, int number) {
    EmbedBuilder embed = new EmbedBuilder().setColor(ACCENT);
    switch (part) {
      case Heading h ->
          embed.setTitle(cut(DiscordText.escape(h.text()), MessageEmbed.TITLE_MAX_LENGTH));
      case Text t -> embed.setDescription(description(DiscordText.escape(t.text())));
      case Preformatted p ->
          embed.setDescription(
              "```\n"
                  + cut(p.text().replace("```", "'''"), MessageEmbed.DESCRIPTION_MAX_LENGTH - 8)
                  + "\n```");
      case PaperCard card -> card(embed, card, number);
      case Buttons b -> throw new IllegalArgumentException("buttons are components, not embeds");
    }
    return embed.build();
  }

  private static void card(EmbedBuilder embed, PaperCard card, int number) {
    embed.setTitle(
        cut(
            card.numberOr(number) + ". " + DiscordText.escape(card.title()),
            MessageEmbed.TITLE_MAX_LENGTH),
        DiscordText.url(card.url()));
    StringJoiner description = new StringJoiner("\n");
    if (!card.authors().isEmpty()) {
      description.add(DiscordText.escape(card.authors()));
    }
    if (!card.why().isEmpty()) {
      description.add("*" + DiscordText.escape(card.why()) + "*");
    }
    if (!card.detail().isEmpty()) {
      description.add("").add(DiscordText.escape(card.detail()));
    }
    StringJoiner links = new StringJoiner(" · ");
    for (Link link : card.links()) {
      String url = DiscordText.url(link.url());
      if (url != null) {
        links.add("[" + DiscordText.escape(link.label()) + "](" + url + ")");
      }
    }
    if (links.length() > 0) {
      description.add(links.toString());
    }
    embed.setDescription(description(description.toString()));
  }

  private static List<Button> buttons(Buttons row) {
    List<Button> buttons = new ArrayList<>();
    for (ReplyPart.Button button : row.buttons()) {
      String id = BUTTON_PREFIX + button.commandLine();
      if (id.length() <= MAX_BUTTON_ID) {
        buttons.add(Button.secondary(id, cut(button.label(), 80)));
      }
    }
    return buttons;
  }

  private static String description(String text) {
    return cut(text, MessageEmbed.DESCRIPTION_MAX_LENGTH);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
