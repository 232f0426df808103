package paperradar.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.model.ArxivId;

/**
 * Reads arXiv's announcement feeds (RSS 2.0, rss.arxiv.org, the format since 2024). Each item says
 * with {@code arxiv:announce_type} (and again at the head of its description, {@code
 * arXiv:2202.06834v2 Announce Type: replace-cross}) whether it is new, a cross-list or a
 * replacement; the entry keeps that and the version. Authors are split at top-level commas and "
 * and " only, their affiliations (in parentheses) kept apart from the names.
 */
public final class ArxivRssParser implements ListingParser {

  private static final Pattern ABSTRACT = Pattern.compile("(?s).*?Abstract:\\s*(.*)");
  private static final Pattern ANNOUNCE_TYPE =
      Pattern.compile("(?i)Announce Type:\\s*(new|replace-cross|replace|cross)\\b");

  @Override
  public ListingFormat format() {
    return ListingFormat.ARXIV_RSS;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.length() > 8_000 ? text.substring(0, 8_000) : text;
    return head.contains("<rss")
        && (head.contains("announce_type")
            || head.contains("rss.arxiv.org")
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

  private static ListingEntry entry(XmlNode item, int position, ParseContext context)
      throws ListingParseException {
    String title = Rss.plain(item.childText("title"));
    if (title.isEmpty()) {
      throw context.error(item.line(), "item has no title");
    }
    Optional<ArxivId> id =
        ArxivId.find(item.childText("link")).or(() -> ArxivId.find(item.childText("guid")));
    if (id.isEmpty()) {
      throw context.error(item.line(), "item has no arXiv id in its link or guid");
    }
    String description = Rss.plain(item.childText("description"));
    Matcher abstractText = ABSTRACT.matcher(description);
    // One dc:creator with every name is the norm; some mirrors write one element per author.
    String creators =
        String.join(", ", item.children("creator").stream().map(XmlNode::text).toList());
    AuthorNames.Split authors = AuthorNames.split(HtmlText.clean(creators));
    ListingEntry.Builder builder =
        ListingEntry.builder(position, item.line(), title)
            .arxivId(id.get())
            .url(id.get().absUrl())
            .authors(authors.names())
            .affiliations(authors.affiliations())
            // Every category of the paper, its primary first: a cross-list shows the one it joins.
            .categories(item.children("category").stream().map(XmlNode::text).toList())
            .abstractText(
                abstractText.matches() ? abstractText.group(1).strip() : description, true)
            .version(
                ArxivVersion.find(
                    abstractText.matches() ? head(description) : item.childText("guid")));
    announceType(item, description).ifPresent(builder::announceType);
    Optional<XmlNode> date = item.child("pubDate").or(() -> item.child("date"));
    if (date.isPresent()) {
      builder.published(FeedDates.lenient(date.get(), context));
    }
    return builder.build();
  }

  private static String head(String description) {
    int abstractAt = description.indexOf("Abstract:");
    return abstractAt < 0 ? description : description.substring(0, abstractAt);
  }

  private static Optional<String> announceType(XmlNode item, String description) {
    String element = item.childText("announce_type").strip().toLowerCase(Locale.ROOT);
    if (!element.isEmpty()) {
      return Optional.of(element);
    }
    Matcher matcher = ANNOUNCE_TYPE.matcher(head(description));
    return matcher.find()
        ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }
}
