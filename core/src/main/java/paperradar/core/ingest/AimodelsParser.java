package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.model.SignalName;

/**
 * Reads the text of an aimodels.fyi "AI Papers" listing. Each entry is: an emoji line (or the title
 * written twice), the title, the authors, then {@code YC}/{@code Reddit} each followed by its
 * points, a cut abstract, {@code Read more}, and the date as M/D/YYYY. The page ends with {@code
 * Page N of M}.
 */
public final class AimodelsParser implements ListingParser {

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern PAGE_FOOTER = Pattern.compile("Page \\d+ of \\d+");
  private static final String READ_MORE = "Read more";
  private static final List<String> HEADER_STARTS =
      List.of("Get a weekly rundown", "AI Papers", "Browse and discover");

  @Override
  public ListingFormat format() {
    return ListingFormat.AIMODELS;
  }

  @Override
  public boolean recognizes(String text) {
    TextLines lines = TextLines.of(head(text));
    return lines.contains("AI Papers", 20)
        || (lines.contains(READ_MORE, 400) && lines.contains("YC", 400));
  }

  private static String head(String text) {
    return text.length() > 64_000 ? text.substring(0, 64_000) : text;
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    TextLines lines = TextLines.of(text);
    int cursor = 0;
    while (cursor < lines.size() && isHeader(lines.text(cursor))) {
      cursor++;
    }
    List<ListingEntry> entries = new ArrayList<>();
    while (cursor < lines.size() && !PAGE_FOOTER.matcher(lines.text(cursor)).matches()) {
      int readMore = lines.indexOf(READ_MORE, cursor);
      if (readMore < 0 || readMore + 1 >= lines.size()) {
        throw context.error(
            lines.number(cursor), "truncated entry: it has no \"Read more\" and date");
      }
      entries.add(entry(lines, cursor, readMore, entries.size() + 1, context));
      cursor = readMore + 2;
    }
    if (entries.isEmpty()) {
      throw context.error(lines.lastNumber(), "no paper entries in this aimodels listing");
    }
    if (cursor + 1 < lines.size()) {
      throw context.error(lines.number(cursor + 1), "unexpected text after the page footer");
    }
    return new Listing(ListingFormat.AIMODELS, entries);
  }

  private static boolean isHeader(String line) {
    return HEADER_STARTS.stream().anyMatch(line::startsWith);
  }

  /** One entry: lines {@code [start, readMore)} then the date after {@code Read more}. */
  private static ListingEntry entry(
      TextLines lines, int start, int readMore, int position, ParseContext context)
      throws ListingParseException {
    List<String> block = new ArrayList<>();
    for (int i = start; i < readMore; i++) {
      block.add(lines.text(i));
    }
    int firstLabel = -1;
    for (int i = 0; i < block.size(); i++) {
      if (isLabel(block.get(i))) {
        firstLabel = i;
        break;
      }
    }
    // Without YC/Reddit lines the abstract is the entry's last line before "Read more".
    int headEnd = firstLabel >= 0 ? firstLabel : block.size() - 1;
    List<String> head = new ArrayList<>(block.subList(0, Math.max(0, headEnd)));
    if (head.size() >= 2 && (isDecoration(head.get(0)) || head.get(0).equals(head.get(1)))) {
      head.remove(0);
    }
    if (head.isEmpty() || head.size() > 2 || isDecoration(head.get(0))) {
      throw context.error(lines.number(start), "entry does not start with a title and its authors");
    }
    String title = head.get(0);
    ListingEntry.Builder entry = ListingEntry.builder(position, lines.number(start), title);
    if (head.size() == 2) {
      entry.authors(authors(head.get(1)));
    }
    int cursor =
        firstLabel >= 0
            ? readSignals(lines, start + firstLabel, readMore, entry, context)
            : start + headEnd;
    List<String> abstractLines = new ArrayList<>();
    for (int i = cursor; i < readMore; i++) {
      abstractLines.add(lines.text(i));
    }
    entry.abstractText(String.join(" ", abstractLines), false);
    entry.published(date(lines, readMore + 1, context));
    return entry.build();
  }

  /**
   * Reads {@code YC n} and {@code Reddit n} pairs; returns the index of the first line after them.
   */
  private static int readSignals(
      TextLines lines, int from, int end, ListingEntry.Builder entry, ParseContext context)
      throws ListingParseException {
    int i = from;
    while (i < end && isLabel(lines.text(i))) {
      if (i + 1 >= end) {
        throw context.error(lines.number(i), "\"" + lines.text(i) + "\" has no points after it");
      }
      OptionalLong points = Counts.parse(lines.text(i + 1));
      if (points.isEmpty()) {
        throw context.error(
            lines.number(i + 1),
            "expected " + lines.text(i) + " points, found \"" + shorten(lines.text(i + 1)) + "\"");
      }
      entry.signal(
          lines.text(i).equals("YC") ? SignalName.HACKER_NEWS : SignalName.REDDIT,
          points.getAsLong());
      i += 2;
    }
    return i;
  }

  private static boolean isLabel(String line) {
    return line.equals("YC") || line.equals("Reddit");
  }

  /** An emoji or symbol line: no letter or digit in it. */
  private static boolean isDecoration(String line) {
    return line.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static List<String> authors(String line) {
    // The page lost TeX's backslashes ("Balunovi'c"): TexText.repairLostAcutes puts the acutes
    // back.
    return Arrays.stream(line.split(","))
        .map(TextLines::strip)
        .filter(name -> !name.isEmpty())
        .map(TexText::repairLostAcutes)
        .toList();
  }

  private static LocalDate date(TextLines lines, int index, ParseContext context)
      throws ListingParseException {
    Matcher matcher = DATE.matcher(lines.text(index));
    if (!matcher.matches()) {
      throw context.error(
          lines.number(index),
          "expected a date like 5/8/2024, found \"" + shorten(lines.text(index)) + "\"");
    }
    try {
      return LocalDate.of(
          Integer.parseInt(matcher.group(3)),
          Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)));
    } catch (DateTimeException e) {
      throw context.error(lines.number(index), "not a real date: " + lines.text(index));
    }
  }

  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
