package paperradar.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the bioRxiv / medRxiv details API ({@code api.biorxiv.org/details/…}): {@code
 * {"messages":[…], "collection":[…]}}, each preprint with its DOI, version, date, category and
 * authors written {@code "Last, F.; Other, G."} (read as {@code F. Last}, {@code G. Other}).
 */
public final class BiorxivParser implements ListingParser {

  @Override
  public ListingFormat format() {
    return ListingFormat.BIORXIV_JSON;
  }

  @Override
  public boolean recognizes(String text) {
    String head = JsonItems.head(text);
    return head.startsWith("{") && head.contains("\"collection\"") && head.contains("\"messages\"");
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    List<ListingEntry> entries = new ArrayList<>();
    for (JsonItems.Item item : JsonItems.read(text, "collection", context)) {
      entries.add(entry(item.node(), entries.size() + 1, item.line(), context));
    }
    return new Listing(ListingFormat.BIORXIV_JSON, entries);
  }

  private static ListingEntry entry(JsonNode preprint, int position, int line, ParseContext context)
      throws ListingParseException {
    String title = HtmlText.clean(JsonItems.text(preprint, "title").orElse(""));
    if (title.isEmpty()) {
      throw context.error(line, "preprint " + position + " has no title");
    }
    Optional<String> doi =
        JsonItems.text(preprint, "doi").map(d -> d.strip().toLowerCase(Locale.ROOT));
    Integer version =
        JsonItems.scalar(preprint, "version")
            .filter(v -> v.matches("\\d{1,4}"))
            .map(Integer::valueOf)
            .orElse(null);
    String server =
        JsonItems.text(preprint, "server").map(s -> s.toLowerCase(Locale.ROOT)).orElse("biorxiv");
    String site =
        server.contains("medrxiv") ? "https://www.medrxiv.org" : "https://www.biorxiv.org";
    return ListingEntry.builder(position, line, title)
        .doi(doi.orElse(null))
        .version(version)
        .url(
            doi.map(d -> site + "/content/" + d + (version == null ? "" : "v" + version))
                .orElse(null))
        .authors(authors(JsonItems.text(preprint, "authors").orElse("")))
        .abstractText(HtmlText.clean(JsonItems.text(preprint, "abstract").orElse("")), true)
        .published(
            FeedDates.lenient(JsonItems.text(preprint, "date").orElse(null), line, "date", context))
        .build();
  }

  /**
   * {@code "Sinha, A. K.; Lee, C."} as {@code A. K. Sinha}, {@code C. Lee}; a name without a comma
   * as is.
   */
  static List<String> authors(String line) {
    return Arrays.stream(HtmlText.clean(line).split(";"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(BiorxivParser::givenFirst)
        .toList();
  }

  private static String givenFirst(String name) {
    int comma = name.indexOf(',');
    if (comma < 0) {
      return name;
    }
    String last = name.substring(0, comma).strip();
    String given = name.substring(comma + 1).strip();
    return given.isEmpty() ? last : given + " " + last;
  }
}
