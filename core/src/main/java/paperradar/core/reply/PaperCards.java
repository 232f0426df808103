package paperradar.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.model.SignalName;
import paperradar.core.reply.ReplyPart.Link;
import paperradar.core.reply.ReplyPart.PaperCard;

/** Turns papers into reply cards: linked title, shortened authors, a why, and links. */
public final class PaperCards {

  private static final int SHOWN_AUTHORS = 3;
  private static final int ABSTRACT_CHARS = 1_200;

  private PaperCards() {}

  /** A compact card: title, authors, one line of why. */
  public static PaperCard brief(Paper paper, String why) {
    return new PaperCard(paper.title(), url(paper), authors(paper), why, "", List.of())
        .withFeedback(key(paper));
  }

  /** A card with a detail line under the why, such as a search snippet. */
  public static PaperCard withDetail(Paper paper, String why, String detail) {
    return new PaperCard(paper.title(), url(paper), authors(paper), why, detail, List.of())
        .withFeedback(key(paper));
  }

  /**
   * What {@code /papers like}, {@code dislike} and the 👍/👎 buttons find a paper by exactly: its
   * arXiv id, else {@code #} and its store id (short enough for any button, unlike a title).
   */
  public static String key(Paper paper) {
    return paper.arxivId() != null ? paper.arxivId().value() : "#" + paper.id();
  }

  /** The full card of {@code /papers paper}: abstract, links, signals and sources. */
  public static PaperCard full(Paper paper) {
    List<Link> links = new ArrayList<>();
    if (paper.arxivId() != null) {
      links.add(new Link("arXiv", paper.arxivId().absUrl()));
      links.add(new Link("PDF", paper.arxivId().pdfUrl()));
      links.add(
          new Link("Hugging Face", "https://huggingface.co/papers/" + paper.arxivId().value()));
    }
    StringJoiner facts = new StringJoiner(" · ");
    String signals = signals(paper.signals());
    if (!signals.isEmpty()) {
      facts.add(signals);
    }
    facts.add(
        "seen in "
            + String.join(", ", paper.sources().stream().map(PaperSource::id).sorted().toList()));
    if (paper.published() != null) {
      facts.add("published " + paper.published());
    }
    return new PaperCard(
            paper.title(),
            url(paper),
            fullAuthors(paper),
            facts.toString(),
            cut(paper.abstractText(), ABSTRACT_CHARS),
            links)
        .withFeedback(key(paper));
  }

  static String url(Paper paper) {
    return paper.url();
  }

  /**
   * {@code Ada Lovelace, Charles Babbage, Grace Hopper et al.}, or {@code 12 authors} when only a
   * count is known.
   */
  public static String authors(Paper paper) {
    List<String> names = paper.authors();
    if (names.isEmpty()) {
      return paper.authorCount() == null
          ? ""
          : paper.authorCount() + (paper.authorCount() == 1 ? " author" : " authors");
    }
    if (names.size() <= SHOWN_AUTHORS + 1) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN_AUTHORS)) + " et al.";
  }

  private static String fullAuthors(Paper paper) {
    return paper.authors().isEmpty() ? authors(paper) : String.join(", ", paper.authors());
  }

  /**
   * The signals that stand above zero, worded as {@link SignalName#level}: {@code 1 upvote · HN
   * 192}.
   */
  public static String signals(Map<SignalName, Long> signals) {
    StringJoiner line = new StringJoiner(" · ");
    for (SignalName signal : SignalName.values()) {
      Long value = signals.get(signal);
      if (value != null && value > 0) {
        line.add(signal.level(value));
      }
    }
    return line.toString();
  }

  /** {@code text} cut to {@code max} characters, ending in an ellipsis when it was longer. */
  public static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }
}
