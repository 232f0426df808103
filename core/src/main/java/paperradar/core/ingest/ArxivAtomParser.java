package paperradar.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import paperradar.core.model.ArxivId;

/**
 * Reads arXiv API responses (Atom), in the current and the legacy form. An error feed, which the
 * API sends with HTTP 400, is an error carrying the API's message; a feed without entries is zero
 * papers.
 */
public final class ArxivAtomParser implements ListingParser {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  @Override
  public ListingFormat format() {
    return ListingFormat.ARXIV_ATOM;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.length() > 4_000 ? text.substring(0, 4_000) : text;
    return head.contains("<feed")
        && (head.contains("arxiv.org/api") || head.contains("arxiv.org/schemas/atom"));
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    XmlNode feed = XmlNode.parse(text, context);
    if (!feed.name().equals("feed") || !feed.namespace().equals(ATOM)) {
      throw context.error(
          feed.line(), "not an Atom feed: the root element is <" + feed.name() + ">");
    }
    List<ListingEntry> entries = new ArrayList<>();
    for (XmlNode entry : feed.children("entry")) {
      rejectErrorEntry(entry, context);
      entries.add(entry(entry, entries.size() + 1, context));
    }
    return new Listing(ListingFormat.ARXIV_ATOM, entries);
  }

  private static void rejectErrorEntry(XmlNode entry, ParseContext context)
      throws ListingParseException {
    String id = entry.childText("id");
    if (id.contains("arxiv.org/api/errors") || entry.childText("title").equals("Error")) {
      String message = entry.childText("summary");
      throw context.error(entry.line(), "arXiv API error: " + (message.isEmpty() ? id : message));
    }
  }

  private static ListingEntry entry(XmlNode entry, int position, ParseContext context)
      throws ListingParseException {
    String title = HtmlText.fold(entry.childText("title"));
    if (title.isEmpty()) {
      throw context.error(entry.line(), "entry has no title");
    }
    Optional<ArxivId> id = ArxivId.find(entry.childText("id"));
    if (id.isEmpty()) {
      throw context.error(
          entry.child("id").map(XmlNode::line).orElse(entry.line()),
          "entry has no arXiv id: \"" + AimodelsParser.shorten(entry.childText("id")) + "\"");
    }
    ListingEntry.Builder builder =
        ListingEntry.builder(position, entry.line(), title)
            .arxivId(id.get())
            .url(id.get().absUrl())
            .version(ArxivVersion.find(entry.childText("id")))
            .authors(
                entry.children("author").stream()
                    .map(a -> a.childText("name"))
                    .filter(n -> !n.isEmpty())
                    .toList())
            .abstractText(HtmlText.fold(entry.childText("summary")), true)
            .codeUrl(entry.childText("comment"));
    Optional<XmlNode> published = entry.child("published").or(() -> entry.child("updated"));
    if (published.isPresent()) {
      builder.published(FeedDates.lenient(published.get(), context));
    }
    return builder.build();
  }
}
