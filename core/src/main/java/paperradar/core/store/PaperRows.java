package paperradar.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.model.Sighting;
import paperradar.core.model.SignalName;

/** Maps rows of the papers and sightings tables to model values, and values to column values. */
final class PaperRows {

  static final String PAPER_COLUMNS =
      "id, arxiv_id, title, authors_json, author_count, organization, abstract, "
          + "abstract_complete, published, upvotes, hacker_news, reddit, comments, sources, first_seen, link, "
          + "latest_version, doi, pmid, s2_id, categories";

  /** What ranking reads of a paper: see {@link #rankingKey}. */
  static final String RANKING_COLUMNS = "id, arxiv_id, title, published, first_seen, link";

  static final String SIGHTING_COLUMNS =
      "paper_id, format, input, captured_at, position, upvotes, hacker_news, reddit, comments";

  /** The sighting columns and the entry's link, which only a single paper's sightings need. */
  static final String SIGHTING_COLUMNS_WITH_URL = SIGHTING_COLUMNS + ", url";

  /** The signal columns, in {@link SignalName} order. */
  static final List<String> SIGNAL_COLUMNS =
      List.of("upvotes", "hacker_news", "reddit", "comments");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A reader and a writer bound to the authors' type once: the change feed and the ingest's lookups
   * read every paper's authors, and the mapper otherwise resolves the type on each call.
   */
  private static final ObjectReader AUTHORS_READER =
      JSON.readerFor(new TypeReference<List<String>>() {});

  private static final ObjectWriter AUTHORS_WRITER =
      JSON.writerFor(new TypeReference<List<String>>() {});

  private PaperRows() {}

  static Paper rankingKey(ResultSet row) throws SQLException {
    String arxivId = row.getString("arxiv_id");
    return new Paper(
        row.getLong("id"),
        arxivId == null ? null : new ArxivId(arxivId),
        row.getString("title"),
        List.of(),
        null,
        null,
        "",
        row.getObject("published", LocalDate.class),
        Map.of(),
        Set.of(),
        Jdbc.instant(row, "first_seen"),
        row.getString("link"),
        null,
        null,
        null,
        null,
        List.of());
  }

  static Paper paper(ResultSet row) throws SQLException {
    String arxivId = row.getString("arxiv_id");
    return new Paper(
        row.getLong("id"),
        arxivId == null ? null : new ArxivId(arxivId),
        row.getString("title"),
        authors(row.getString("authors_json")),
        (Integer) row.getObject("author_count", Integer.class),
        row.getString("organization"),
        row.getString("abstract"),
        row.getObject("published", LocalDate.class),
        signals(row),
        sources(row.getString("sources")),
        Jdbc.instant(row, "first_seen"),
        row.getString("link"),
        row.getObject("latest_version", Integer.class),
        row.getString("doi"),
        row.getString("pmid"),
        row.getString("s2_id"),
        categories(row.getString("categories")));
  }

  static Sighting sighting(ResultSet row) throws SQLException {
    return new Sighting(
        row.getLong("paper_id"),
        source(row.getString("format")),
        row.getString("input"),
        Jdbc.instant(row, "captured_at"),
        row.getInt("position"),
        signals(row));
  }

  static Sighting sightingWithUrl(ResultSet row) throws SQLException {
    return new Sighting(
        row.getLong("paper_id"),
        source(row.getString("format")),
        row.getString("input"),
        Jdbc.instant(row, "captured_at"),
        row.getInt("position"),
        signals(row),
        row.getString("url"));
  }

  static Map<SignalName, Long> signals(ResultSet row) throws SQLException {
    Map<SignalName, Long> signals = new EnumMap<>(SignalName.class);
    SignalName[] names = SignalName.values();
    for (int i = 0; i < names.length; i++) {
      long value = row.getLong(SIGNAL_COLUMNS.get(i));
      if (!row.wasNull()) {
        signals.put(names[i], value);
      }
    }
    return signals;
  }

  static String authorsJson(List<String> authors) {
    try {
      return AUTHORS_WRITER.writeValueAsString(authors);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  static List<String> authors(String json) {
    try {
      return AUTHORS_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("authors_json is not a JSON list: " + json, e);
    }
  }

  /**
   * The categories column: the categories joined by spaces (none contains one), at most 1000
   * characters, cut at a whole category.
   */
  static String categoriesColumn(List<String> categories) {
    StringBuilder joined = new StringBuilder();
    for (String category : categories) {
      if (joined.length() + 1 + category.length() > 1000) {
        break;
      }
      if (!joined.isEmpty()) {
        joined.append(' ');
      }
      joined.append(category);
    }
    return joined.toString();
  }

  static List<String> categories(@Nullable String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.strip().split(" "));
  }

  /** The {@code papers.sources} column: source ids joined by commas. */
  static Set<PaperSource> sources(String joined) {
    Set<PaperSource> sources = EnumSet.noneOf(PaperSource.class);
    if (!joined.isEmpty()) {
      Arrays.stream(joined.split(",")).map(PaperRows::source).forEach(sources::add);
    }
    return sources;
  }

  /**
   * @throws IllegalStateException naming the stored value when it is no source paper-radar knows (a
   *     row written by a newer version, or by hand)
   */
  static PaperSource source(String id) {
    try {
      return PaperSource.fromId(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a stored paper or sighting has " + e.getMessage(), e);
    }
  }
}
