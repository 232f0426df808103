package paperradar.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A platform-neutral answer: parts in order, and whether only the asker sees it. Each adapter
 * renders it (Block Kit, embeds, text); {@link #plainText()} is the fallback every platform can
 * show.
 *
 * @param ok false when the command was refused or failed (the console's {@code ask} exits 2)
 */
public record Reply(Visibility visibility, boolean ok, List<ReplyPart> parts) {

  /** Who sees a reply. */
  public enum Visibility {
    /** Only the person who asked. */
    EPHEMERAL,
    /** Everyone in the channel. */
    CHANNEL
  }

  public Reply {
    Objects.requireNonNull(visibility, "visibility");
    parts = List.copyOf(parts);
  }

  public static Reply channel(List<ReplyPart> parts) {
    return new Reply(Visibility.CHANNEL, true, parts);
  }

  public static Reply ephemeral(List<ReplyPart> parts) {
    return new Reply(Visibility.EPHEMERAL, true, parts);
  }

  /** A refusal: the problem, then the usage; only the asker sees it. */
  public static Reply refusal(String problem, String usage) {
    return new Reply(
        Visibility.EPHEMERAL,
        false,
        List.of(new ReplyPart.Text(problem), new ReplyPart.Preformatted(usage)));
  }

  public Reply withVisibility(Visibility newVisibility) {
    return new Reply(newVisibility, ok, parts);
  }

  public List<ReplyPart.PaperCard> cards() {
    List<ReplyPart.PaperCard> cards = new ArrayList<>();
    for (ReplyPart part : parts) {
      if (part instanceof ReplyPart.PaperCard card) {
        cards.add(card);
      }
    }
    return cards;
  }

  /** The reply as plain text, one part after another. */
  public String plainText() {
    return PlainText.render(this);
  }

  /** Splits the reply into messages within the limits, between parts and never inside a paper. */
  public List<Reply> split(ReplyLimits limits) {
    return ReplySplitter.split(this, limits);
  }
}
