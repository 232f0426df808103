package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/**
 * The SQL that finds, inserts and updates paper rows during an ingest, a chunk of papers per
 * statement: multi-row lookups, and batches that write each paper's row once per chunk, with its
 * change number.
 */
final class PaperStatements {

  private static final String FIELD_COLUMNS =
      "id, arxiv_id, title_key, title, authors_json, author_count, organization, abstract, "
          + "abstract_complete, published, "
          + MergeColumns.COLUMNS;

  /** Every column an ingest writes, in the order {@link #bindRow} binds them. */
  private static final String ROW_COLUMNS =
      "arxiv_id, title, authors_json, author_count, organization, abstract, abstract_complete, "
          + "published, upvotes, hacker_news, reddit, comments, sources, first_seen, updated_at, "
          + MergeColumns.COLUMNS;

  private static final int ROW_COLUMN_COUNT = ROW_COLUMNS.split(",").length;

  /** Values per {@code IN} list. */
  private static final int IN_LIST = 500;

  private PaperStatements() {}

  /** The papers that have one of these arXiv ids. */
  static List<ChunkPaper> byArxivIds(Connection connection, Set<String> arxivIds)
      throws SQLException {
    return select(connection, "arxiv_id IN (", ")", List.copyOf(arxivIds));
  }

  /**
   * The papers whose title key is one of these: found by the keys' hashes, then kept only where the
   * key itself is one of them (two keys may share a hash).
   */
  static List<ChunkPaper> byTitleKeys(Connection connection, Set<String> titleKeys)
      throws SQLException {
    List<Long> hashes = titleKeys.stream().map(TitleHashes::of).distinct().toList();
    return select(connection, "title_hash IN (", ")", hashes).stream()
        .filter(paper -> titleKeys.contains(paper.titleKey()))
        .toList();
  }

  /** The papers the store finds by one of these {@link OtherIds} keys. */
  static List<ChunkPaper> byOtherIds(Connection connection, Set<String> keys) throws SQLException {
    return select(
        connection,
        "id IN (SELECT paper_id FROM paper_other_ids WHERE id_value IN (",
        "))",
        List.copyOf(keys));
  }

  /** The papers whose rows meet the condition {@code before}, the values' marks, {@code after}. */
  private static List<ChunkPaper> select(
      Connection connection, String before, String after, List<?> values) throws SQLException {
    List<ChunkPaper> found = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_LIST) {
      List<?> part = values.subList(from, Math.min(values.size(), from + IN_LIST));
      String marks = String.join(",", Collections.nCopies(part.size(), "?"));
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT " + FIELD_COLUMNS + " FROM papers WHERE " + before + marks + after)) {
        for (int i = 0; i < part.size(); i++) {
          select.setObject(i + 1, part.get(i));
        }
        select.setFetchSize(1_000);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            String arxivId = row.getString("arxiv_id");
            found.add(
                ChunkPaper.loaded(
                    row.getLong("id"),
                    row.getString("title_key"),
                    MergeColumns.read(row, arxivId == null ? null : new ArxivId(arxivId))));
          }
        }
      }
    }
    return found;
  }

  /**
   * Inserts the papers a chunk created, in one batch, each numbered from the change sequence, and
   * gives each its generated id.
   */
  static void insert(
      Connection connection, List<ChunkPaper> papers, Instant now, String nextChangeNumber)
      throws SQLException {
    if (papers.isEmpty()) {
      return;
    }
    String marks = String.join(", ", Collections.nCopies(ROW_COLUMN_COUNT + 2, "?"));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO papers ("
                + ROW_COLUMNS
                + ", title_key, title_hash, change_seq) VALUES ("
                + marks
                + ", "
                + nextChangeNumber
                + ")",
            new String[] {"id"})) {
      for (ChunkPaper paper : papers) {
        bindRow(insert, paper, now);
        insert.setString(ROW_COLUMN_COUNT + 1, paper.titleKey());
        insert.setLong(ROW_COLUMN_COUNT + 2, TitleHashes.of(paper.titleKey()));
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (ChunkPaper paper : papers) {
          if (!keys.next()) {
            throw new SQLException("the database returned fewer ids than papers inserted");
          }
          paper.inserted(keys.getLong(1));
        }
      }
    }
  }

  /**
   * Rewrites the rows of stored papers a chunk touched, in one batch, each with the next change
   * number.
   */
  static void update(
      Connection connection, Collection<ChunkPaper> papers, Instant now, String nextChangeNumber)
      throws SQLException {
    if (papers.isEmpty()) {
      return;
    }
    String assignments = String.join(" = ?, ", ROW_COLUMNS.split(", ")) + " = ?";
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE papers SET "
                + assignments
                + ", change_seq = "
                + nextChangeNumber
                + " WHERE id = ?")) {
      for (ChunkPaper paper : papers) {
        bindRow(update, paper, now);
        update.setLong(ROW_COLUMN_COUNT + 1, paper.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /** Binds {@link #ROW_COLUMNS} from parameter 1. */
  private static void bindRow(PreparedStatement statement, ChunkPaper paper, Instant now)
      throws SQLException {
    BestKnownFields fields = paper.fields();
    DerivedColumns derived = paper.derived();
    statement.setString(1, fields.arxivId() == null ? null : fields.arxivId().value());
    statement.setString(2, java.util.Objects.requireNonNull(fields.title(), "title"));
    statement.setString(3, PaperRows.authorsJson(fields.authors()));
    if (fields.authorCount() == null) {
      statement.setNull(4, Types.INTEGER);
    } else {
      statement.setInt(4, fields.authorCount());
    }
    statement.setString(5, fields.organization());
    statement.setString(6, fields.abstractText());
    statement.setBoolean(7, fields.abstractComplete());
    statement.setObject(8, fields.published(), Types.DATE);
    int column = 9;
    for (SignalName name : SignalName.values()) {
      Long value = derived.signals().get(name);
      if (value == null) {
        statement.setNull(column++, Types.BIGINT);
      } else {
        statement.setLong(column++, value);
      }
    }
    statement.setString(13, derived.sources());
    statement.setObject(14, Jdbc.timestamp(derived.firstSeen()));
    statement.setObject(15, Jdbc.timestamp(now));
    MergeColumns.bind(statement, 16, fields);
  }
}
