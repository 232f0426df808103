package paperradar.core.ingest;

import java.io.Reader;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;

/**
 * Reads any RSS 2.0 (or RSS 1.0) or Atom feed whose items are papers: title, link, summary, and
 * authors and a date where the feed has them. A link or id that names arXiv gives the paper its
 * arXiv id.
 */
public final class FeedParser implements StreamingListingParser {

  @Override
  public ListingFormat format() {
    return ListingFormat.FEED;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.length() > 4_000 ? text.substring(0, 4_000) : text;
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  @Override
  public EntryReader entries(Reader text, ParseContext context) throws ListingParseException {
    XmlEntries xml = XmlEntries.open(text, context);
    XmlNode root = xml.root();
    boolean atom = root.name().equals("feed");
    if (!atom && !root.name().equals("rss") && !root.name().equals("RDF")) {
      xml.close();
      throw context.error(
          root.line(), "not an RSS feed: the root element is <" + root.name() + ">");
    }
    // RSS 2.0 has its items in <channel>; RSS 1.0 (RDF) beside it, at the top.
    String parent = atom ? "feed" : root.name().equals("rss") ? "channel" : "RDF";
    return new EntryReader() {
      private int position;

      @Override
      public @Nullable ListingEntry next() throws ListingParseException {
        XmlNode entry = xml.next(parent, atom ? "entry" : "item");
        if (entry == null) {
          if (parent.equals("channel") && !xml.rootHasChild("channel")) {
            throw context.error(root.line(), "RSS feed has no <channel>");
          }
          return null;
        }
        position++;
        return atom ? atomEntry(entry, position, context) : rssItem(entry, position, context);
      }

      @Override
      public void close() {
        xml.close();
      }
    };
  }

  private static ListingEntry atomEntry(XmlNode entry, int position, ParseContext context)
      throws ListingParseException {
    String link =
        entry.children("link").stream()
            .filter(l -> l.attribute("rel") == null || "alternate".equals(l.attribute("rel")))
            .map(l -> l.attribute("href"))
            .filter(href -> href != null)
            .findFirst()
            .orElse(null);
    ListingEntry.Builder builder =
        builder(entry, position, link, entry.childText("id"), context)
            .authors(
                entry.children("author").stream()
                    .map(a -> HtmlText.clean(a.childText("name")))
                    .filter(n -> !n.isEmpty())
                    .toList())
            .abstractText(
                Rss.plain(first(entry.childText("summary"), entry.childText("content"))), true);
    Optional<XmlNode> date = entry.child("published").or(() -> entry.child("updated"));
    if (date.isPresent()) {
      builder.published(FeedDates.lenient(date.get(), context));
    }
    return builder.build();
  }

  private static ListingEntry rssItem(XmlNode item, int position, ParseContext context)
      throws ListingParseException {
    String link = item.childText("link");
    String authors = first(item.childText("creator"), item.childText("author"));
    ListingEntry.Builder builder =
        builder(item, position, link.isEmpty() ? null : link, item.childText("guid"), context)
            .authors(Rss.authorList(authors))
            .abstractText(
                Rss.plain(first(item.childText("description"), item.childText("encoded"))), true);
    Optional<XmlNode> date = item.child("pubDate").or(() -> item.child("date"));
    if (date.isPresent()) {
      builder.published(FeedDates.lenient(date.get(), context));
    }
    return builder.build();
  }

  private static ListingEntry.Builder builder(
      XmlNode element, int position, @Nullable String link, String id, ParseContext context)
      throws ListingParseException {
    String title = Rss.plain(element.childText("title"));
    if (title.isEmpty()) {
      throw context.error(element.line(), "<" + element.name() + "> has no title");
    }
    Optional<ArxivId> arxivId = ArxivId.find(link).or(() -> ArxivId.find(id));
    return ListingEntry.builder(position, element.line(), title)
        .arxivId(arxivId.orElse(null))
        .url(arxivId.map(ArxivId::absUrl).orElse(link));
  }

  private static String first(String preferred, String fallback) {
    return preferred.isEmpty() ? fallback : preferred;
  }
}
