package paperradar.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.model.ArxivId;

/**
 * Reads arXiv's announcement feeds (RSS 2.0). Each item says with {@code arxiv:announce_type} whether it is
 * new, a cross-list or a replacement: the last two are new sightings of papers, not new papers, which the
 * store's identity by arXiv id takes care of.
 */
public final class ArxivRssParser implements ListingParser {

  private static final Pattern ABSTRACT = Pattern.compile("(?s).*?Abstract:\\s*(.*)");

  @Override
  public ListingFormat format() {
    return ListingFormat.ARXIV_RSS;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.length() > 8_000 ? text.substring(0, 8_000) : text;
    return head.contains("<rss") && (head.contains("announce_type") || head.contains("rss.arxiv.org")
        || head.contains("arxiv.org/rss"));
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    XmlNode rss = XmlNode.parse(text, context);
    XmlNode channel = Rss.channel(rss, context);
    List<ListingEntry> entries = new ArrayList<>();
    for (XmlNode item : channel.children("item")) {
      entries.add(entry(item, entries.size() + 1, context));
    }
    return new Listing(ListingFormat.ARXIV_RSS, entries);
  }

  private static ListingEntry entry(XmlNode item, int position, ParseContext context) throws ListingParseException {
    String title = item.childText("title");
    if (title.isEmpty()) {
      throw context.error(item.line(), "item has no title");
    }
    Optional<ArxivId> id = ArxivId.find(item.childText("link")).or(() -> ArxivId.find(item.childText("guid")));
    if (id.isEmpty()) {
      throw context.error(item.line(), "item has no arXiv id in its link or guid");
    }
    Matcher abstractText = ABSTRACT.matcher(item.childText("description"));
    ListingEntry.Builder builder = ListingEntry.builder(position, item.line(), title)
        .arxivId(id.get())
        .url(id.get().absUrl())
        .authors(Rss.authorList(item.childText("creator")))
        .abstractText(abstractText.matches() ? abstractText.group(1).strip() : Rss.plain(item.childText("description")),
            true);
    String announceType = item.childText("announce_type");
    if (!announceType.isEmpty()) {
      builder.announceType(announceType);
    }
    Optional<XmlNode> date = item.child("pubDate").or(() -> item.child("date"));
    if (date.isPresent()) {
      builder.published(FeedDates.required(date.get(), context));
    }
    return builder.build();
  }
}
