package paperradar.core.reply;

import java.util.StringJoiner;
import paperradar.core.reply.ReplyPart.Button;
import paperradar.core.reply.ReplyPart.Buttons;
import paperradar.core.reply.ReplyPart.Heading;
import paperradar.core.reply.ReplyPart.Link;
import paperradar.core.reply.ReplyPart.PaperCard;
import paperradar.core.reply.ReplyPart.Preformatted;
import paperradar.core.reply.ReplyPart.Text;

/** Renders a reply as plain text: the console adapter's output and every platform's fallback. */
final class PlainText {

  private PlainText() {}

  static String render(Reply reply) {
    StringJoiner out = new StringJoiner("\n\n");
    int number = 0;
    for (ReplyPart part : reply.parts()) {
      if (part instanceof PaperCard) {
        number++;
      }
      out.add(render(part, number));
    }
    return out.toString();
  }

  static String render(ReplyPart part, int number) {
    return switch (part) {
      case Heading h -> "== " + h.text() + " ==";
      case Text t -> t.text();
      case Preformatted p -> p.text();
      case PaperCard card -> card(card, number);
      case Buttons buttons -> buttons(buttons);
    };
  }

  private static String card(PaperCard card, int number) {
    StringBuilder text = new StringBuilder();
    text.append(card.numberOr(number)).append(". ").append(card.title());
    if (card.url() != null) {
      text.append("\n   ").append(card.url());
    }
    if (!card.authors().isEmpty()) {
      text.append("\n   ").append(card.authors());
    }
    if (!card.why().isEmpty()) {
      text.append("\n   ").append(card.why());
    }
    if (!card.detail().isEmpty()) {
      text.append("\n   ").append(card.detail());
    }
    for (Link link : card.links()) {
      text.append("\n   ").append(link.label()).append(": ").append(link.url());
    }
    if (card.paperKey() != null) {
      // Where there are no buttons, the commands they would run.
      text.append("\n   [")
          .append(ReplyPart.LIKE_LABEL)
          .append(": /papers like ")
          .append(card.paperKey())
          .append("]   [")
          .append(ReplyPart.DISLIKE_LABEL)
          .append(": /papers dislike ")
          .append(card.paperKey())
          .append(']');
    }
    return text.toString();
  }

  private static String buttons(Buttons buttons) {
    StringJoiner line = new StringJoiner("   ");
    for (Button button : buttons.buttons()) {
      line.add("[" + button.label() + ": /papers " + button.commandLine() + "]");
    }
    return line.toString();
  }
}
