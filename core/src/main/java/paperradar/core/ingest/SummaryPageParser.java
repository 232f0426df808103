package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.model.ArxivId;

/**
 * Reads a paper summary page for one arXiv paper. Its headline and "Abstract" are generated text,
 * not the paper's: the paper is the real title that follows the arXiv link under {@code Key
 * Insights Distilled From}, after a line {@code by <first author>... at arxiv.org MM-DD-YYYY}.
 */
public final class SummaryPageParser implements ListingParser {

  private static final String MARK = "Key Insights Distilled From";
  private static final Pattern BYLINE =
      Pattern.compile("by (.+?) at arxiv\\.org (\\d{2})-(\\d{2})-(\\d{4})");

  @Override
  public ListingFormat format() {
    return ListingFormat.SUMMARY_PAGE;
  }

  @Override
  public boolean recognizes(String text) {
    int mark = text.indexOf(MARK);
    return mark >= 0
        && ArxivId.find(text.substring(mark, Math.min(text.length(), mark + 2_000))).isPresent();
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    TextLines lines = TextLines.of(text);
    int mark = lines.indexOf(MARK, 0);
    if (mark < 0) {
      throw context.error(1, "no \"" + MARK + "\" section: not a paper summary page");
    }
    int cursor = mark + 1;
    LocalDate published = null;
    if (cursor < lines.size() && lines.text(cursor).startsWith("by ")) {
      published = bylineDate(lines, cursor, context);
      cursor++;
    }
    if (cursor >= lines.size()) {
      throw context.error(
          lines.number(mark), "truncated page: no arXiv link after \"" + MARK + "\"");
    }
    String link = lines.text(cursor);
    Optional<ArxivId> id = ArxivId.find(link);
    if (id.isEmpty()) {
      throw context.error(
          lines.number(cursor),
          "expected an arXiv link, found \"" + AimodelsParser.shorten(link) + "\"");
    }
    if (cursor + 1 >= lines.size()) {
      throw context.error(
          lines.number(cursor), "truncated page: no paper title after the arXiv link");
    }
    String title = lines.text(cursor + 1);
    ListingEntry entry =
        ListingEntry.builder(1, lines.number(cursor + 1), title)
            .arxivId(id.get())
            .url(id.get().absUrl())
            .published(published)
            .build();
    return new Listing(ListingFormat.SUMMARY_PAGE, java.util.List.of(entry));
  }

  private static LocalDate bylineDate(TextLines lines, int index, ParseContext context)
      throws ListingParseException {
    Matcher matcher = BYLINE.matcher(lines.text(index));
    if (!matcher.matches()) {
      throw context.error(
          lines.number(index),
          "expected \"by <author>... at arxiv.org MM-DD-YYYY\", found \""
              + AimodelsParser.shorten(lines.text(index))
              + "\"");
    }
    try {
      return LocalDate.of(
          Integer.parseInt(matcher.group(4)),
          Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      throw context.error(lines.number(index), "not a real date: " + lines.text(index));
    }
  }
}
