package paperradar.core.ingest;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;

/**
 * Reads arXiv API responses (Atom), in the current and the legacy form. An error feed, which the
 * API sends with HTTP 400, is an error carrying the API's message; a feed without entries is zero
 * papers.
 */
public final class ArxivAtomParser implements StreamingListingParser {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  /** An arXiv category: {@code cs.LG}, {@code astro-ph.CO}, {@code hep-ex}, {@code math-ph}. */
  static final Pattern ARXIV_CATEGORY = Pattern.compile("[a-z][a-z-]*(\\.[A-Za-z][A-Za-z-]*)?");

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
  public EntryReader entries(Reader text, ParseContext context) throws ListingParseException {
    XmlEntries xml = XmlEntries.open(text, context);
    XmlNode feed = xml.root();
    if (!feed.name().equals("feed") || !feed.namespace().equals(ATOM)) {
      xml.close();
      throw context.error(
          feed.line(), "not an Atom feed: the root element is <" + feed.name() + ">");
    }
    return new EntryReader() {
      private int position;

      @Override
      public @Nullable ListingEntry next() throws ListingParseException {
        XmlNode entry = xml.next("feed", "entry");
        if (entry == null) {
          return null;
        }
        rejectErrorEntry(entry, context);
        return entry(entry, ++position, context);
      }

      @Override
      public void close() {
        xml.close();
      }
    };
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
            .categories(categories(entry))
            .codeUrl(entry.childText("comment"));
    Optional<XmlNode> published = entry.child("published").or(() -> entry.child("updated"));
    if (published.isPresent()) {
      builder.published(FeedDates.lenient(published.get(), context));
    }
    return builder.build();
  }

  /**
   * {@code <arxiv:primary_category term="cs.LG"/>} first, then every {@code <category term="…"/>}.
   * Old records add ACM and MSC classes ({@code I.2.7}, {@code 68T05}) as categories: those are not
   * arXiv categories and are left out.
   */
  private static List<String> categories(XmlNode entry) {
    List<String> terms = new ArrayList<>();
    List<XmlNode> nodes = new ArrayList<>(entry.children("primary_category"));
    nodes.addAll(entry.children("category"));
    for (XmlNode node : nodes) {
      String term = node.attribute("term");
      if (term != null && ARXIV_CATEGORY.matcher(term.strip()).matches()) {
        terms.add(term.strip());
      }
    }
    return terms;
  }
}
