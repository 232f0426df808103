package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.model.SignalName;

/**
 * Reads the text of a Hugging Face "Daily Papers" page. After the header comes the page date
 * without a year; then each paper: title, abstract, an author count ({@code • 7 authors}) or an
 * organization line (account name, then display name), a line {@code ·}, and the date, optionally
 * followed by the upvotes.
 */
public final class HfDailyPageParser implements ListingParser {

  private static final String TITLE_MARK = "Daily Papers";
  private static final String BYLINE = "byAK and the research community";
  private static final String SEPARATOR = "·";
  private static final Pattern AUTHOR_COUNT = Pattern.compile("[•·*-]?\\s*(\\d{1,5}) authors?");

  @Override
  public ListingFormat format() {
    return ListingFormat.HF_DAILY;
  }

  @Override
  public boolean recognizes(String text) {
    TextLines lines = TextLines.of(text.length() > 8_000 ? text.substring(0, 8_000) : text);
    return lines.contains(TITLE_MARK, 30) && lines.contains(BYLINE, 30);
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    TextLines lines = TextLines.of(text);
    int byline = lines.indexOf(BYLINE, 0);
    if (byline < 0 || byline + 1 >= lines.size()) {
      throw context.error(1, "no \"" + BYLINE + "\" header followed by the page date");
    }
    LocalDate pageDate = pageDate(lines, byline + 1, context);
    List<ListingEntry> entries = new ArrayList<>();
    int cursor = byline + 2;
    while (cursor < lines.size()) {
      int separator = lines.indexOf(SEPARATOR, cursor);
      if (separator < 0 || separator + 1 >= lines.size()) {
        throw context.error(
            lines.number(cursor),
            "truncated entry: no \"·\" line and date after \""
                + AimodelsParser.shorten(lines.text(cursor))
                + "\"");
      }
      entries.add(entry(lines, cursor, separator, entries.size() + 1, pageDate, context));
      cursor = separator + 2;
    }
    if (entries.isEmpty()) {
      throw context.error(lines.lastNumber(), "no paper entries on this Daily Papers page");
    }
    return new Listing(ListingFormat.HF_DAILY, entries);
  }

  private static LocalDate pageDate(TextLines lines, int index, ParseContext context)
      throws ListingParseException {
    Matcher matcher = MonthDayDates.DATE_LINE.matcher(lines.text(index));
    if (!matcher.matches() || matcher.group(4) != null) {
      throw context.error(
          lines.number(index),
          "expected the page date like \"Dec 8\", found \""
              + AimodelsParser.shorten(lines.text(index))
              + "\"");
    }
    try {
      return MonthDayDates.resolve(matcher, context.asOf());
    } catch (DateTimeException e) {
      throw context.error(lines.number(index), "not a real date: " + lines.text(index));
    }
  }

  /**
   * Lines {@code [start, separator)} are title, abstract and the authors line; the date follows the
   * separator.
   */
  private static ListingEntry entry(
      TextLines lines,
      int start,
      int separator,
      int position,
      LocalDate pageDate,
      ParseContext context)
      throws ListingParseException {
    int blockSize = separator - start;
    if (blockSize < 2) {
      throw context.error(lines.number(start), "entry needs a title and an abstract before \"·\"");
    }
    ListingEntry.Builder entry =
        ListingEntry.builder(position, lines.number(start), lines.text(start));
    int abstractEnd = separator;
    if (blockSize >= 3) {
      abstractEnd = separator - 1;
      credit(lines.text(separator - 1), entry);
    }
    List<String> abstractLines = new ArrayList<>();
    for (int i = start + 1; i < abstractEnd; i++) {
      abstractLines.add(lines.text(i));
    }
    entry.abstractText(String.join(" ", abstractLines), true);
    dateAndVotes(lines, separator + 1, pageDate, entry, context);
    return entry.build();
  }

  /**
   * The line before {@code ·}: {@code • 7 authors}, or an organization as "account Display Name".
   */
  private static void credit(String line, ListingEntry.Builder entry) {
    Matcher count = AUTHOR_COUNT.matcher(line);
    if (count.matches()) {
      entry.authorCount(Integer.parseInt(count.group(1)));
      return;
    }
    // Account names have no spaces, so the display name is what follows the first space.
    int space = line.indexOf(' ');
    entry.organization(space > 0 ? line.substring(space + 1).strip() : line);
  }

  private static void dateAndVotes(
      TextLines lines,
      int index,
      LocalDate pageDate,
      ListingEntry.Builder entry,
      ParseContext context)
      throws ListingParseException {
    Matcher matcher = MonthDayDates.DATE_LINE.matcher(lines.text(index));
    if (!matcher.matches() || !MonthDayDates.isMonth(matcher.group(1))) {
      throw context.error(
          lines.number(index),
          "expected a date like \"Nov 20, 2015\" or \"Jul 17 3\", found \""
              + AimodelsParser.shorten(lines.text(index))
              + "\"");
    }
    try {
      entry.published(MonthDayDates.resolve(matcher, pageDate));
    } catch (DateTimeException e) {
      throw context.error(lines.number(index), "not a real date: " + lines.text(index));
    }
    if (matcher.group(4) != null) {
      OptionalLong votes = Counts.parse(matcher.group(4));
      if (votes.isEmpty()) {
        throw context.error(lines.number(index), "upvotes are not a number: " + matcher.group(4));
      }
      entry.signal(SignalName.UPVOTES, votes.getAsLong());
    }
  }
}
