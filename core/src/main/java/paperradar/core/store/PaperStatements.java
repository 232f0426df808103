package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import paperradar.core.model.ArxivId;

/** The SQL that finds, inserts and updates paper rows during an ingest. */
final class PaperStatements {

  private static final String FIELD_COLUMNS =
      "id, arxiv_id, title, authors_json, author_count, organization, abstract, abstract_complete, published, "
          + MergeColumns.COLUMNS;

  private PaperStatements() {}

  static Optional<StoredPaper> byArxivId(Connection connection, String arxivId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + FIELD_COLUMNS + " FROM papers WHERE arxiv_id = ?")) {
      select.setString(1, arxivId);
      return first(select);
    }
  }

  /**
   * The oldest paper with this title key; with {@code withoutIdOnly}, only one that has no arXiv id
   * yet (a paper that has another id is another paper with the same title).
   */
  static Optional<StoredPaper> byTitleKey(
      Connection connection, String titleKey, boolean withoutIdOnly) throws SQLException {
    String sql =
        "SELECT "
            + FIELD_COLUMNS
            + " FROM papers WHERE title_key = ?"
            + (withoutIdOnly ? " AND arxiv_id IS NULL" : "")
            + " ORDER BY id";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, titleKey);
      select.setMaxRows(1);
      return first(select);
    }
  }

  /**
   * The oldest paper without an arXiv id that has this DOI, PMID or Semantic Scholar id (the column
   * is one of {@code doi}, {@code pmid}, {@code s2_id}).
   */
  static Optional<StoredPaper> byOtherId(Connection connection, String column, String value)
      throws SQLException {
    if (!MergeColumns.ID_COLUMNS.contains(column)) {
      throw new IllegalArgumentException("not an id column: " + column);
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + FIELD_COLUMNS
                + " FROM papers WHERE "
                + column
                + " = ? AND arxiv_id IS NULL ORDER BY id")) {
      select.setString(1, value);
      select.setMaxRows(1);
      return first(select);
    }
  }

  private static Optional<StoredPaper> first(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      String arxivId = row.getString("arxiv_id");
      BestKnownFields fields =
          MergeColumns.read(row, arxivId == null ? null : new ArxivId(arxivId));
      return Optional.of(new StoredPaper(row.getLong("id"), fields));
    }
  }

  static long insert(
      Connection connection,
      BestKnownFields fields,
      String titleKey,
      Instant firstSeen,
      String format)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO papers (arxiv_id, title_key, title, authors_json, author_count, organization, abstract, "
                + "abstract_complete, published, sources, first_seen, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, fields.arxivId() == null ? null : fields.arxivId().value());
      insert.setString(2, titleKey);
      insert.setString(3, fields.title());
      bindDescriptive(insert, 4, fields);
      insert.setString(10, format);
      insert.setObject(11, Jdbc.timestamp(firstSeen));
      insert.setObject(12, Jdbc.timestamp(firstSeen));
      insert.executeUpdate();
      return generatedId(insert);
    }
  }

  static void updateFields(Connection connection, long id, BestKnownFields fields, Instant now)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE papers SET authors_json = ?, author_count = ?, organization = ?, abstract = ?, "
                + "abstract_complete = ?, published = ?, arxiv_id = ?, updated_at = ? WHERE id = ?")) {
      bindDescriptive(update, 1, fields);
      update.setString(7, fields.arxivId() == null ? null : fields.arxivId().value());
      update.setObject(8, Jdbc.timestamp(now));
      update.setLong(9, id);
      update.executeUpdate();
    }
  }

  /**
   * Binds authors, author count, organization, abstract, completeness and date from {@code first}.
   */
  private static void bindDescriptive(
      PreparedStatement statement, int first, BestKnownFields fields) throws SQLException {
    statement.setString(first, PaperRows.authorsJson(fields.authors()));
    if (fields.authorCount() == null) {
      statement.setNull(first + 1, Types.INTEGER);
    } else {
      statement.setInt(first + 1, fields.authorCount());
    }
    statement.setString(first + 2, fields.organization());
    statement.setString(first + 3, fields.abstractText());
    statement.setBoolean(first + 4, fields.abstractComplete());
    statement.setObject(first + 5, fields.published(), Types.DATE);
  }

  static long generatedId(PreparedStatement insert) throws SQLException {
    try (ResultSet keys = insert.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }
}
