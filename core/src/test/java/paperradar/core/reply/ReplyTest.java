package paperradar.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.reply.ReplyPart.Button;
import paperradar.core.reply.ReplyPart.Buttons;
import paperradar.core.reply.ReplyPart.Heading;
import paperradar.core.reply.ReplyPart.Link;
import paperradar.core.reply.ReplyPart.PaperCard;

class ReplyTest {

  private static PaperCard card(int i, int detailLength) {
    return new PaperCard(
        "Paper " + i,
        "https://arxiv.org/abs/2401.0000" + i,
        "A. Author, B. Author",
        "▲ +" + i + " upvotes in 24 h",
        "d".repeat(detailLength),
        List.of(new Link("PDF", "https://arxiv.org/pdf/2401.0000" + i)));
  }

  @Test
  void plainTextNumbersCardsAndShowsButtonsAsCommands() {
    Reply reply =
        Reply.channel(
            List.of(
                new Heading("Trending today"),
                card(1, 0),
                card(2, 0),
                new Buttons(List.of(new Button("Next page", "search x page 2")))));

    assertThat(reply.plainText())
        .isEqualTo(
            """
        == Trending today ==

        1. Paper 1
           https://arxiv.org/abs/2401.00001
           A. Author, B. Author
           ▲ +1 upvotes in 24 h
           PDF: https://arxiv.org/pdf/2401.00001

        2. Paper 2
           https://arxiv.org/abs/2401.00002
           A. Author, B. Author
           ▲ +2 upvotes in 24 h
           PDF: https://arxiv.org/pdf/2401.00002

        [Next page: /papers search x page 2]""");
  }

  @Test
  void longReplySplitsBetweenPapersWithinTheLimits() {
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new Heading("Digest"));
    for (int i = 1; i <= 9; i++) {
      parts.add(card(i, 900));
    }
    ReplyLimits limits = new ReplyLimits(4, 3_000, 2_000);

    List<Reply> messages = Reply.channel(parts).split(limits);

    assertThat(messages).hasSizeGreaterThan(2);
    // The same parts in order; each card now carries its place in the whole reply, so numbering
    // goes on across messages.
    List<ReplyPart> numbered = new ArrayList<>();
    int position = 0;
    for (ReplyPart part : parts) {
      numbered.add(part instanceof ReplyPart.PaperCard card ? card.numbered(++position) : part);
    }
    assertThat(messages.stream().flatMap(m -> m.parts().stream()).toList()).isEqualTo(numbered);
    for (Reply message : messages) {
      assertThat(message.parts()).hasSizeLessThanOrEqualTo(4);
      assertThat(message.parts().stream().mapToInt(ReplySplitter::size).sum())
          .isLessThanOrEqualTo(3_000);
    }
  }

  @Test
  void oversizedCardIsCutNotSplit() {
    Reply reply = Reply.channel(List.of(card(1, 10_000)));

    List<Reply> messages = reply.split(new ReplyLimits(10, 4_000, 4_000));

    assertThat(messages).hasSize(1);
    PaperCard cut = messages.get(0).cards().get(0);
    assertThat(cut.detail()).endsWith("…");
    assertThat(ReplySplitter.size(cut)).isLessThanOrEqualTo(4_000);
    assertThat(cut.title()).isEqualTo("Paper 1");
  }

  @Test
  void cuttingPrefersAWordBoundaryAndKeepsSurrogatePairsWhole() {
    assertThat(ReplySplitter.cut("alpha beta gamma delta", 13)).isEqualTo("alpha beta…");
    assertThat(ReplySplitter.cut("😀😀😀😀", 4)).isEqualTo("😀…");
  }

  @Test
  void refusalIsEphemeralAndNotOk() {
    Reply refusal = Reply.refusal("unknown subcommand \"x\"", "/papers help");
    assertThat(refusal.ok()).isFalse();
    assertThat(refusal.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(refusal.plainText()).isEqualTo("unknown subcommand \"x\"\n\n/papers help");
  }
}
