package paperradar.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import paperradar.core.model.ArxivId;

/**
 * Reads the Semantic Scholar Graph API's paper answers: a search ({@code
 * {"total":…,"offset":…,"data":[…]}}) or a batch (a top-level array of papers, {@code null} for
 * unknown ids). Keeps the S2 paper id, the DOI, the PubMed id and the arXiv id of each paper; a
 * paper dated only by its year stays undated.
 */
public final class SemanticScholarParser implements ListingParser {

  private static final Pattern PAPER_KEY = Pattern.compile("\"paper\"\\s*:");

  @Override
  public ListingFormat format() {
    return ListingFormat.S2_JSON;
  }

  @Override
  public boolean recognizes(String text) {
    String head = JsonItems.head(text);
    // Hugging Face's daily papers nest a "paper" object; Semantic Scholar's papers are flat.
    return head.contains("\"paperId\"")
        && !PAPER_KEY.matcher(head).find()
        && (head.startsWith("[") || head.startsWith("{") && head.contains("\"data\""));
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    List<ListingEntry> entries = new ArrayList<>();
    for (JsonItems.Item item : JsonItems.read(text, "data", context)) {
      entries.add(entry(item.node(), entries.size() + 1, item.line(), context));
    }
    return new Listing(ListingFormat.S2_JSON, entries);
  }

  private static ListingEntry entry(JsonNode paper, int position, int line, ParseContext context)
      throws ListingParseException {
    String title = HtmlText.clean(JsonItems.text(paper, "title").orElse(""));
    if (title.isEmpty()) {
      throw context.error(line, "paper " + position + " has no title");
    }
    JsonNode ids = paper.path("externalIds");
    Optional<ArxivId> arxivId = JsonItems.text(ids, "ArXiv").flatMap(ArxivId::parse);
    Optional<String> s2Id = JsonItems.text(paper, "paperId");
    ListingEntry.Builder builder =
        ListingEntry.builder(position, line, title)
            .arxivId(arxivId.orElse(null))
            .s2Id(s2Id.orElse(null))
            .doi(
                JsonItems.text(ids, "DOI")
                    .map(doi -> doi.strip().toLowerCase(Locale.ROOT))
                    .orElse(null))
            .pmid(JsonItems.scalar(ids, "PubMed").orElse(null))
            .url(
                arxivId
                    .map(ArxivId::absUrl)
                    .or(() -> JsonItems.text(paper, "url"))
                    .or(() -> s2Id.map(id -> "https://www.semanticscholar.org/paper/" + id))
                    .orElse(null))
            .abstractText(HtmlText.clean(JsonItems.text(paper, "abstract").orElse("")), true)
            .authors(authors(paper.path("authors")))
            .published(
                FeedDates.lenient(
                    JsonItems.text(paper, "publicationDate").orElse(null),
                    line,
                    "publicationDate",
                    context));
    return builder.build();
  }

  private static List<String> authors(JsonNode authors) {
    List<String> names = new ArrayList<>();
    for (JsonNode author : authors) {
      JsonItems.text(author, "name")
          .map(HtmlText::fold)
          .filter(n -> !n.isEmpty())
          .ifPresent(names::add);
    }
    return names;
  }
}
