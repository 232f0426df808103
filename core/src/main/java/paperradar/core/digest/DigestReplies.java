package paperradar.core.digest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import paperradar.core.model.Paper;
import paperradar.core.reply.PaperCards;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/**
 * A digest as a reply: a heading, a section per topic, then trending. Each entry is its linked
 * title, its first authors and date, and the why; a topic with more new papers than it shows says
 * how to see them.
 */
public final class DigestReplies {

  /** What a digest with nothing new says, when the channel wants to hear it. */
  public static final String NOTHING_NEW = "Nothing new for this channel today.";

  /** The headings of the sections a channel earns by what it does. */
  public static final String FOR_YOU = "For you";

  public static final String SINCE_YOU_SAW_THEM = "Since you saw them";
  public static final String FROM_YOUR_FEEDS = "From your feeds";

  private DigestReplies() {}

  /** A heading and a card per item; nothing at all for an empty section. */
  private static void section(List<ReplyPart> parts, String heading, List<Digest.Item> items) {
    if (!items.isEmpty()) {
      parts.add(new ReplyPart.Heading(heading));
      items.forEach(item -> parts.add(card(item)));
    }
  }

  public static Reply of(Digest digest) {
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Heading("paper-radar digest for " + digest.date()));
    if (digest.isEmpty()) {
      parts.add(new ReplyPart.Text(NOTHING_NEW));
      return Reply.channel(parts);
    }
    for (Digest.TopicSection section : digest.topics()) {
      parts.add(new ReplyPart.Heading("New on " + section.topic().query()));
      section.items().forEach(item -> parts.add(card(item)));
      if (section.more() > 0) {
        parts.add(new ReplyPart.Text(moreLine(section)));
      }
    }
    section(parts, "Trending today", digest.trending());
    section(parts, FOR_YOU, digest.forYou());
    section(parts, SINCE_YOU_SAW_THEM, digest.followUps());
    section(parts, FROM_YOUR_FEEDS, digest.fromFeeds());
    return Reply.channel(parts);
  }

  /** {@code and 12 more: /papers search memory} */
  static String moreLine(Digest.TopicSection section) {
    return "and " + section.more() + " more: /papers search " + section.topic().query();
  }

  /** Linked title; first authors and date; the why. */
  static ReplyPart.PaperCard card(Digest.Item item) {
    Paper paper = item.paper();
    String authors = PaperCards.authors(paper);
    String byline = authors.isEmpty() ? date(paper) : authors + " · " + date(paper);
    return new ReplyPart.PaperCard(paper.title(), item.link(), byline, item.why(), "", List.of())
        .withFeedback(PaperCards.key(paper));
  }

  /**
   * {@code 2026-11-20}, its publication date, or {@code first seen 2026-11-22} when it has none.
   */
  static String date(Paper paper) {
    return paper.published() != null
        ? paper.published().toString()
        : "first seen " + LocalDate.ofInstant(paper.firstSeen(), ZoneOffset.UTC);
  }
}
