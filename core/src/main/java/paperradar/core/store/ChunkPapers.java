package paperradar.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;
import paperradar.core.model.TitleKey;

/**
 * The papers one chunk of an ingest can belong to, loaded in a few multi-row queries instead of
 * several per sighting, and the papers the chunk creates. {@link #find} answers what the per-entry
 * queries would have: every row that could be a sighting's paper is here, because a row that the
 * chunk has not changed matches a sighting only by the keys it had when the chunk began, and those
 * keys were looked up.
 */
final class ChunkPapers {

  private final Map<String, ChunkPaper> byArxivId = new HashMap<>();
  private final Map<String, TreeSet<ChunkPaper>> byTitleKey = new HashMap<>();
  private final List<Map<String, TreeSet<ChunkPaper>>> byOtherId =
      List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
  private final Map<Long, ChunkPaper> loaded = new HashMap<>();
  private final List<ChunkPaper> created = new ArrayList<>();

  /** Loads every stored paper that the chunk's sightings could belong to. */
  static ChunkPapers load(Connection connection, List<PaperSighting> chunk) throws SQLException {
    ChunkPapers papers = new ChunkPapers();
    Set<String> arxivIds = distinct(chunk, s -> s.arxivId() == null ? null : s.arxivId().value());
    papers.addAll(PaperStatements.byArxivIds(connection, arxivIds));
    // A sighting whose arXiv id is stored belongs to that paper whatever else it shows.
    List<PaperSighting> rest =
        chunk.stream()
            .filter(s -> s.arxivId() == null || !papers.byArxivId.containsKey(s.arxivId().value()))
            .toList();
    if (rest.isEmpty()) {
      return papers;
    }
    Set<String> otherIds = new LinkedHashSet<>();
    for (PaperSighting sighting : rest) {
      otherIds.addAll(OtherIds.keys(sighting.doi(), sighting.pmid(), sighting.s2Id()));
    }
    papers.addAll(PaperStatements.byOtherIds(connection, otherIds));
    papers.addAll(
        PaperStatements.byTitleKeys(connection, distinct(rest, s -> TitleKey.of(s.title()))));
    return papers;
  }

  private static Set<String> distinct(
      List<PaperSighting> sightings, Function<PaperSighting, @Nullable String> key) {
    Set<String> values = new LinkedHashSet<>();
    for (PaperSighting sighting : sightings) {
      String value = key.apply(sighting);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private void addAll(List<ChunkPaper> rows) {
    for (ChunkPaper row : rows) {
      if (loaded.putIfAbsent(row.id(), row) == null) {
        index(row);
      }
    }
  }

  /**
   * The paper a sighting belongs to: by arXiv id, else by DOI, PMID or Semantic Scholar id among
   * papers without an arXiv id, else by title (with an arXiv id, only a paper that has none). The
   * oldest paper wins where several match.
   */
  @Nullable ChunkPaper find(PaperSighting sighting) {
    ArxivId arxivId = sighting.arxivId();
    if (arxivId != null) {
      ChunkPaper byId = byArxivId.get(arxivId.value());
      if (byId != null) {
        return byId;
      }
    }
    @Nullable String[] otherIds = {sighting.doi(), sighting.pmid(), sighting.s2Id()};
    for (int i = 0; i < otherIds.length; i++) {
      if (otherIds[i] != null) {
        ChunkPaper found = oldestWithoutArxivId(byOtherId.get(i).get(otherIds[i]));
        if (found != null) {
          return found;
        }
      }
    }
    TreeSet<ChunkPaper> sameTitle = byTitleKey.get(TitleKey.of(sighting.title()));
    if (arxivId != null) {
      return oldestWithoutArxivId(sameTitle);
    }
    return sameTitle == null || sameTitle.isEmpty() ? null : sameTitle.first();
  }

  private static @Nullable ChunkPaper oldestWithoutArxivId(@Nullable TreeSet<ChunkPaper> papers) {
    if (papers != null) {
      for (ChunkPaper paper : papers) {
        if (paper.fields().arxivId() == null) {
          return paper;
        }
      }
    }
    return null;
  }

  /** A new paper of the chunk, from its first sighting. */
  ChunkPaper create(PaperSighting sighting) {
    ChunkPaper paper =
        ChunkPaper.created(
            created.size(),
            TitleKey.of(sighting.title()),
            MergeColumns.stored(BestKnownFields.of(sighting)));
    created.add(paper);
    index(paper);
    return paper;
  }

  /** Merges a sighting into a paper of the chunk, keeping the lookups in step with its new ids. */
  void merge(ChunkPaper paper, PaperSighting sighting) {
    BestKnownFields merged = MergeColumns.stored(paper.fields().mergedWith(sighting));
    if (merged.equals(paper.fields())) {
      return;
    }
    unindex(paper);
    paper.fields(merged);
    index(paper);
  }

  /** The papers the chunk creates, in the order it created them. */
  List<ChunkPaper> created() {
    return created;
  }

  private void index(ChunkPaper paper) {
    BestKnownFields fields = paper.fields();
    if (fields.arxivId() != null) {
      byArxivId.putIfAbsent(fields.arxivId().value(), paper);
    }
    byTitleKey
        .computeIfAbsent(paper.titleKey(), key -> new TreeSet<>(ChunkPaper.OLDEST_FIRST))
        .add(paper);
    @Nullable String[] otherIds = otherIds(fields);
    for (int i = 0; i < otherIds.length; i++) {
      if (otherIds[i] != null) {
        byOtherId
            .get(i)
            .computeIfAbsent(otherIds[i], key -> new TreeSet<>(ChunkPaper.OLDEST_FIRST))
            .add(paper);
      }
    }
  }

  private void unindex(ChunkPaper paper) {
    BestKnownFields fields = paper.fields();
    if (fields.arxivId() != null) {
      byArxivId.remove(fields.arxivId().value(), paper);
    }
    @Nullable String[] otherIds = otherIds(fields);
    for (int i = 0; i < otherIds.length; i++) {
      if (otherIds[i] != null) {
        Objects.requireNonNull(byOtherId.get(i).get(otherIds[i]), "indexed").remove(paper);
      }
    }
  }

  private static @Nullable String[] otherIds(BestKnownFields fields) {
    return new @Nullable String[] {fields.doi(), fields.pmid(), fields.s2Id()};
  }
}
