package paperradar.core.digest;

import java.util.ArrayList;
import java.util.List;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.reply.PaperCards;

/** A digest as a reply: a heading, a section per topic, then trending. */
public final class DigestReplies {

  /** What a digest with nothing new says, when the channel wants to hear it. */
  public static final String NOTHING_NEW = "Nothing new for this channel today.";

  private DigestReplies() {}

  public static Reply of(Digest digest) {
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Heading("paper-radar digest for " + digest.date()));
    if (digest.isEmpty()) {
      parts.add(new ReplyPart.Text(NOTHING_NEW));
      return Reply.channel(parts);
    }
    for (Digest.TopicSection section : digest.topics()) {
      parts.add(new ReplyPart.Heading("New on " + section.topic().query()));
      section.items().forEach(item -> parts.add(PaperCards.brief(item.paper(), item.why())));
    }
    if (!digest.trending().isEmpty()) {
      parts.add(new ReplyPart.Heading("Trending today"));
      digest.trending().forEach(item -> parts.add(PaperCards.brief(item.paper(), item.why())));
    }
    return Reply.channel(parts);
  }
}
