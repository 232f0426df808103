package paperradar.core.reply;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One part of a reply. All text here is plain and may be untrusted (titles, abstracts, author
 * names, users' queries): adapters MUST escape it for their platform and MUST NOT let it mention
 * anyone.
 */
public sealed interface ReplyPart {

  /** A heading that opens a section. */
  record Heading(String text) implements ReplyPart {
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A paragraph of plain text. */
  record Text(String text) implements ReplyPart {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A block of preformatted text, such as a usage message. */
  record Preformatted(String text) implements ReplyPart {
    public Preformatted {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One paper, never split across messages.
   *
   * @param title the paper's title, shown as a link to {@code url}
   * @param url where the title links (the arXiv abstract page, else the listing's link), or null
   * @param authors the authors, already shortened, possibly empty
   * @param why one line: why it is here (trending why, the topic it matched, the search snippet)
   * @param detail more text (an abstract or a snippet), possibly empty
   * @param links further links (PDF, HF page)
   * @param number the number shown before the title; 0 numbers the card by its place among the
   *     reply's cards. A page of search results sets it, so that page 2 numbers its papers 6..10 on
   *     every platform.
   * @param paperKey what {@code /papers like} and {@code dislike} find the paper by (its arXiv id,
   *     else {@code #<store id>}); a card with one gets 👍 and 👎 buttons (the console shows the
   *     typed commands). Null for a card without them.
   */
  record PaperCard(
      String title,
      @Nullable String url,
      String authors,
      String why,
      String detail,
      List<Link> links,
      int number,
      @Nullable String paperKey)
      implements ReplyPart {
    public PaperCard {
      Objects.requireNonNull(title, "title");
      authors = authors == null ? "" : authors;
      why = why == null ? "" : why;
      detail = detail == null ? "" : detail;
      links = List.copyOf(links);
      if (number < 0) {
        throw new IllegalArgumentException("a card's number must not be negative");
      }
      if (paperKey != null && (paperKey.isBlank() || paperKey.contains(" "))) {
        throw new IllegalArgumentException("a paper key is one word: \"" + paperKey + "\"");
      }
    }

    /** A card without feedback buttons, shown with this number. */
    public PaperCard(
        String title,
        @Nullable String url,
        String authors,
        String why,
        String detail,
        List<Link> links,
        int number) {
      this(title, url, authors, why, detail, links, number, null);
    }

    /** A card numbered by its place in the reply. */
    public PaperCard(
        String title,
        @Nullable String url,
        String authors,
        String why,
        String detail,
        List<Link> links) {
      this(title, url, authors, why, detail, links, 0, null);
    }

    /** This card, shown with this number whatever its place. */
    public PaperCard numbered(int shownNumber) {
      return new PaperCard(title, url, authors, why, detail, links, shownNumber, paperKey);
    }

    /** This card with 👍 and 👎 for the paper {@code key} finds. */
    public PaperCard withFeedback(String key) {
      return new PaperCard(title, url, authors, why, detail, links, number, key);
    }

    /**
     * The number a renderer shows: the card's own, else its place ({@code position}, from 1) in the
     * reply.
     */
    public int numberOr(int position) {
      return number > 0 ? number : position;
    }
  }

  /**
   * Buttons, each of which runs a {@code /papers} command line when pressed (or is typed where
   * there are none).
   */
  record Buttons(List<Button> buttons) implements ReplyPart {
    public Buttons {
      buttons = List.copyOf(buttons);
    }
  }

  /** The labels of the feedback buttons every card with a paper key gets. */
  String LIKE_LABEL = "\uD83D\uDC4D";

  String DISLIKE_LABEL = "\uD83D\uDC4E";

  /** A labelled link. */
  record Link(String label, String url) {}

  /**
   * A button.
   *
   * @param commandLine the command it runs, e.g. {@code search transformers page 2}
   */
  record Button(String label, String commandLine) {}
}
