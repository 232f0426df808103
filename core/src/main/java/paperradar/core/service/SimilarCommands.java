package paperradar.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import paperradar.core.command.Command;
import paperradar.core.embed.Embeddings;
import paperradar.core.embed.Neighbour;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;
import paperradar.core.reply.PaperCards;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.store.PaperStore;

/**
 * {@code /papers similar}: the papers nearest to one by the cosine of their embeddings. The paper
 * is found as {@code /papers paper} finds it exactly (its arXiv id, or its title in any case and
 * punctuation); the answer never waits for the model: a paper not embedded yet gets a line saying
 * so.
 */
public final class SimilarCommands {

  private final PaperStore store;
  private final Embeddings embeddings;

  public SimilarCommands(PaperStore store, Embeddings embeddings) {
    this.store = store;
    this.embeddings = embeddings;
  }

  Reply similar(Command.Similar command) {
    if (!embeddings.enabled()) {
      return notice(
          "Similar papers need embeddings, which are off in this process: the running bot answers"
              + " /papers similar (unless index.embeddings is false).");
    }
    String asked = command.idOrTitle().strip();
    Optional<ArxivId> id = ArxivId.parse(asked).or(() -> ArxivId.find(asked));
    Optional<Paper> paper =
        id.isPresent()
            ? store.paperByArxivId(id.get())
            : store.papersByTitleKey(TitleKey.of(asked)).stream().findFirst();
    if (paper.isEmpty()) {
      return notice(
          "I know no paper by that arXiv id or title. /papers search finds its exact title.");
    }
    Optional<List<Neighbour>> nearest = embeddings.similarTo(paper.get().id());
    if (nearest.isEmpty()) {
      return notice(
          "\u201c"
              + PaperCards.cut(paper.get().title(), 120)
              + "\u201d is not embedded yet: papers get their embedding in the background within"
              + " minutes of arriving. Try again shortly.");
    }
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(
        new ReplyPart.Heading(
            "Papers similar to \u201c" + PaperCards.cut(paper.get().title(), 120) + "\u201d"));
    if (nearest.get().isEmpty()) {
      parts.add(new ReplyPart.Text("No other paper has an embedding yet."));
    }
    Map<Long, Paper> papers =
        store.papers(nearest.get().stream().map(Neighbour::paperId).toList()).stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    for (Neighbour neighbour : nearest.get()) {
      Paper near = papers.get(neighbour.paperId());
      if (near != null) {
        parts.add(PaperCards.brief(near, "similarity " + similarity(neighbour.similarity())));
      }
    }
    return Reply.channel(parts);
  }

  /** A cosine similarity as shown: two decimals, as in 0.83. */
  static String similarity(double cosine) {
    return String.format(Locale.ROOT, "%.2f", cosine);
  }

  private static Reply notice(String text) {
    return new Reply(Reply.Visibility.EPHEMERAL, false, List.of(new ReplyPart.Text(text)));
  }
}
