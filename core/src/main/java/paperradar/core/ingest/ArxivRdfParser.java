package paperradar.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;

/**
 * Reads arXiv's legacy announcement feed (RSS 1.0 / RDF, {@code export.arxiv.org/rss/cs.RO}), still
 * served by mirrors and still in feed readers. Titles carry a suffix, {@code Title.
 * (arXiv:2111.01127v1 [cs.RO])} or {@code … UPDATED)} or {@code … CROSS LISTED)}, which is taken
 * off (the version kept, {@code UPDATED} read as a replacement, {@code CROSS LISTED} as a
 * cross-list); authors are HTML links, read as names; every item is dated by the channel's {@code
 * dc:date}, the announcement.
 */
public final class ArxivRdfParser implements ListingParser {

  private static final Pattern SUFFIX =
      Pattern.compile(
          "(?s)^(.*?)\\.?\\s*\\(arXiv:(\\S+?)(?:v(\\d{1,4}))?\\s*(?:\\[([^\\]]*)])?\\s*(UPDATED|CROSS LISTED)?\\)\\s*$");

  @Override
  public ListingFormat format() {
    return ListingFormat.ARXIV_RDF;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.length() > 8_000 ? text.substring(0, 8_000) : text;
    return head.contains("<rdf:RDF")
        && (head.contains("arxiv.org/rss")
            || head.contains("arXiv.org")
            || head.contains("arxiv.org/abs/"));
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    XmlNode root = XmlNode.parse(text, context);
    if (!root.name().equals("RDF")) {
      throw context.error(
          root.line(), "not an RSS 1.0 feed: the root element is <" + root.name() + ">");
    }
    LocalDate announced =
        root.child("channel")
            .flatMap(channel -> channel.child("date"))
            .map(date -> FeedDates.lenient(date, context))
            .orElse(null);
    String feedCategory =
        root.child("channel")
            .map(channel -> channelCategory(channel.childText("title")))
            .orElse("");
    List<ListingEntry> entries = new ArrayList<>();
    for (XmlNode item : root.children("item")) {
      entries.add(entry(item, entries.size() + 1, announced, feedCategory, context));
    }
    return new Listing(ListingFormat.ARXIV_RDF, entries);
  }

  private static ListingEntry entry(
      XmlNode item,
      int position,
      @Nullable LocalDate announced,
      String feedCategory,
      ParseContext context)
      throws ListingParseException {
    String rawTitle = HtmlText.clean(item.childText("title"));
    Matcher suffix = SUFFIX.matcher(rawTitle);
    boolean hasSuffix = suffix.matches();
    String title = hasSuffix ? suffix.group(1).strip() : rawTitle;
    if (title.isEmpty()) {
      throw context.error(item.line(), "item has no title");
    }
    String about = item.attribute("about");
    Optional<ArxivId> id =
        ArxivId.find(item.childText("link"))
            .or(() -> ArxivId.find(about))
            .or(() -> hasSuffix ? ArxivId.parse(suffix.group(2)) : Optional.empty());
    if (id.isEmpty()) {
      throw context.error(item.line(), "item has no arXiv id in its link, rdf:about or title");
    }
    ListingEntry.Builder builder =
        ListingEntry.builder(position, item.line(), title)
            .arxivId(id.get())
            .url(id.get().absUrl())
            .authors(creators(item.childText("creator")))
            .abstractText(Rss.plain(item.childText("description")), true)
            .published(announced);
    if (hasSuffix) {
      String flag = suffix.group(5);
      builder.announceType(flag == null ? "new" : flag.equals("UPDATED") ? "replace" : "cross");
      if (suffix.group(3) != null) {
        builder.version(Integer.valueOf(suffix.group(3)));
      }
    }
    List<String> categories = new ArrayList<>();
    if (hasSuffix && suffix.group(4) != null) {
      categories.addAll(arxivCategories(suffix.group(4)));
    }
    // The feed's own category is one of the paper's too: the one a cross-list joins.
    categories.addAll(arxivCategories(feedCategory));
    builder.categories(categories);
    return builder.build();
  }

  /** {@code hep-ex updates on arXiv.org}: the category the feed announces, or an empty string. */
  private static String channelCategory(String title) {
    int space = title.indexOf(' ');
    return space < 0 ? "" : title.substring(0, space);
  }

  private static List<String> arxivCategories(String text) {
    List<String> categories = new ArrayList<>();
    for (String word : text.split("[\\s,]+")) {
      if (ArxivAtomParser.ARXIV_CATEGORY.matcher(word).matches()) {
        categories.add(word);
      }
    }
    return categories;
  }

  /**
   * {@code <a href="…">Zheng Chen</a>, <a …>B. Two</a>}: the links' texts; plain names when there
   * are none.
   */
  private static List<String> creators(String html) {
    Element body = HtmlText.fragment(html);
    List<String> links =
        body.select("a").stream()
            .map(Element::text)
            .map(HtmlText::fold)
            .filter(name -> !name.isEmpty())
            .toList();
    return links.isEmpty() ? AuthorNames.names(body.text()) : links;
  }
}
