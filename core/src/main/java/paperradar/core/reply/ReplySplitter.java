package paperradar.core.reply;

import java.util.ArrayList;
import java.util.List;
import paperradar.core.reply.ReplyPart.Buttons;
import paperradar.core.reply.ReplyPart.Heading;
import paperradar.core.reply.ReplyPart.PaperCard;
import paperradar.core.reply.ReplyPart.Preformatted;
import paperradar.core.reply.ReplyPart.Text;

/** Splits a reply into messages that fit a platform's limits, only ever between parts. */
final class ReplySplitter {

  private ReplySplitter() {}

  static List<Reply> split(Reply reply, ReplyLimits limits) {
    List<Reply> messages = new ArrayList<>();
    List<ReplyPart> current = new ArrayList<>();
    int chars = 0;
    int position = 0;
    for (ReplyPart original : reply.parts()) {
      ReplyPart part = fit(original, limits);
      if (part instanceof PaperCard card) {
        // Numbered by the place in the whole reply, so that the second message goes on where the
        // first ended.
        part = card.numbered(card.numberOr(++position));
      }
      int size = size(part);
      if (!current.isEmpty()
          && (current.size() + 1 > limits.maxParts() || chars + size > limits.maxChars())) {
        messages.add(new Reply(reply.visibility(), reply.ok(), current));
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(part);
      chars += size;
    }
    if (!current.isEmpty() || messages.isEmpty()) {
      messages.add(new Reply(reply.visibility(), reply.ok(), current));
    }
    return messages;
  }

  /** Characters a part shows; what counts against a message's limit. */
  static int size(ReplyPart part) {
    return PlainText.render(part, 1).length();
  }

  /** Cuts a part's long texts so that it alone fits a message. */
  static ReplyPart fit(ReplyPart part, ReplyLimits limits) {
    int max = Math.min(limits.maxPartChars(), limits.maxChars());
    return switch (part) {
      case Text t -> new Text(cut(t.text(), max));
      case Preformatted p -> new Preformatted(cut(p.text(), max));
      case Heading h -> new Heading(cut(h.text(), Math.min(max, 250)));
      case PaperCard c -> fitCard(c, max);
      // Button labels are short by construction; a new part type must say how it is cut.
      case Buttons b -> b;
    };
  }

  private static PaperCard fitCard(PaperCard card, int max) {
    PaperCard cut =
        new PaperCard(
            cut(card.title(), Math.min(250, max)),
            card.url(),
            cut(card.authors(), 200),
            cut(card.why(), 300),
            card.detail(),
            card.links());
    int room =
        max
            - size(new PaperCard(cut.title(), cut.url(), cut.authors(), cut.why(), "", cut.links()))
            - 4;
    return new PaperCard(
        cut.title(),
        cut.url(),
        cut.authors(),
        cut.why(),
        cut(card.detail(), Math.max(0, room)),
        cut.links(),
        card.number(),
        card.paperKey());
  }

  /**
   * Cuts text to at most {@code max} characters, at a word boundary where one is near, with an
   * ellipsis.
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 1) {
      return max == 1 ? "…" : "";
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int space = text.lastIndexOf(' ', end);
    if (space > end - 20 && space > 0) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}
