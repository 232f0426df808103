package paperradar.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a Hugging Face paper search results page: header lines, then title and abstract
 * lines alternating, one line each. The first title is glued to the word {@code Subscribe}. The
 * page shows no authors, dates or votes.
 */
public final class HfSearchPageParser implements ListingParser {

  private static final String HEADER_START = "Get trending papers in your email inbox";
  private static final String SUBSCRIBE = "Subscribe";

  @Override
  public ListingFormat format() {
    return ListingFormat.HF_SEARCH;
  }

  @Override
  public boolean recognizes(String text) {
    TextLines lines = TextLines.of(text.length() > 8_000 ? text.substring(0, 8_000) : text);
    int first = firstEntryLine(lines);
    return first > 0
        && first < lines.size()
        && !lines.contains("byAK and the research community", 30)
        && lines.text(first - 1).startsWith(HEADER_START);
  }

  /** The index of the first title: the line after the header, or -1 when there is no header. */
  private static int firstEntryLine(TextLines lines) {
    int i = 0;
    while (i < lines.size() && i < 10 && lines.text(i).startsWith(HEADER_START)) {
      i++;
    }
    if (i == 0 || i >= lines.size()) {
      return -1;
    }
    if (lines.text(i).equals(SUBSCRIBE)) {
      i++;
    }
    return i < lines.size() ? i : -1;
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    TextLines lines = TextLines.of(text);
    int first = firstEntryLine(lines);
    if (first < 0) {
      throw context.error(1, "no \"" + HEADER_START + "\" header before the results");
    }
    List<ListingEntry> entries = new ArrayList<>();
    for (int i = first; i < lines.size(); i += 2) {
      String title = lines.text(i);
      if (i == first && title.startsWith(SUBSCRIBE) && title.length() > SUBSCRIBE.length()) {
        title = TextLines.strip(title.substring(SUBSCRIBE.length()));
      }
      if (i + 1 >= lines.size()) {
        throw context.error(
            lines.number(i),
            "truncated entry: the title \""
                + AimodelsParser.shorten(title)
                + "\" has no abstract line after it");
      }
      entries.add(
          ListingEntry.builder(entries.size() + 1, lines.number(i), title)
              .abstractText(lines.text(i + 1), true)
              .build());
    }
    if (entries.isEmpty()) {
      throw context.error(lines.lastNumber(), "no results on this search page");
    }
    return new Listing(ListingFormat.HF_SEARCH, entries);
  }
}
