package paperradar.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;

/**
 * The paper columns the order-independent merge keeps besides the descriptive ones: the title and
 * the rank of the source of each field, the latest version, the other ids and the paper's own link.
 */
final class MergeColumns {

  static final String COLUMNS =
      "title_authority, authors_authority, organization_authority, abstract_authority, "
          + "published_class, latest_version, version_date, doi, pmid, s2_id, link, link_rank, categories";

  private MergeColumns() {}

  static BestKnownFields read(ResultSet row, @Nullable ArxivId arxivId) throws SQLException {
    return new BestKnownFields(
        arxivId,
        row.getString("title"),
        row.getInt("title_authority"),
        PaperRows.authors(row.getString("authors_json")),
        row.getInt("authors_authority"),
        row.getObject("author_count", Integer.class),
        row.getString("organization"),
        row.getInt("organization_authority"),
        row.getString("abstract"),
        row.getBoolean("abstract_complete"),
        row.getInt("abstract_authority"),
        row.getObject("published", LocalDate.class),
        row.getInt("published_class"),
        row.getObject("latest_version", Integer.class),
        row.getObject("version_date", LocalDate.class),
        row.getString("doi"),
        row.getString("pmid"),
        row.getString("s2_id"),
        row.getString("link"),
        row.getInt("link_rank"),
        PaperRows.categories(row.getString("categories")));
  }

  /**
   * The fields as they read back once written: ranks no source gave are unknown, and the title, ids
   * and link are cut to their columns. An ingest merges in memory what it would otherwise read back
   * from the row, so it keeps the fields in this form.
   */
  static BestKnownFields stored(BestKnownFields fields) {
    return new BestKnownFields(
        fields.arxivId(),
        fields.title() == null ? null : Columns.limit(fields.title(), TITLE_WIDTH),
        clamp(fields.titleAuthority()),
        fields.authors(),
        clamp(fields.authorsAuthority()),
        fields.authorCount(),
        fields.organization(),
        clamp(fields.organizationAuthority()),
        fields.abstractText(),
        fields.abstractComplete(),
        clamp(fields.abstractAuthority()),
        fields.published(),
        clamp(fields.publishedClass()),
        fields.latestVersion(),
        fields.versionDate(),
        limit(fields.doi(), 300),
        limit(fields.pmid(), 32),
        limit(fields.s2Id(), 64),
        limit(fields.link(), 2000),
        clamp(fields.linkRank()),
        fields.categories());
  }

  private static final int TITLE_WIDTH = 1200;

  private static @Nullable String limit(@Nullable String value, int width) {
    return value == null ? null : Columns.limit(value, width);
  }

  /**
   * Binds the merge columns, in {@link #COLUMNS} order, from {@code first}; the fields are in their
   * {@link #stored} form.
   */
  static void bind(PreparedStatement statement, int first, BestKnownFields fields)
      throws SQLException {
    statement.setInt(first, fields.titleAuthority());
    statement.setInt(first + 1, fields.authorsAuthority());
    statement.setInt(first + 2, fields.organizationAuthority());
    statement.setInt(first + 3, fields.abstractAuthority());
    statement.setInt(first + 4, fields.publishedClass());
    if (fields.latestVersion() == null) {
      statement.setNull(first + 5, Types.INTEGER);
    } else {
      statement.setInt(first + 5, fields.latestVersion());
    }
    statement.setObject(first + 6, fields.versionDate(), Types.DATE);
    statement.setString(first + 7, fields.doi());
    statement.setString(first + 8, fields.pmid());
    statement.setString(first + 9, fields.s2Id());
    statement.setString(first + 10, fields.link());
    statement.setInt(first + 11, fields.linkRank());
    statement.setString(first + 12, PaperRows.categoriesColumn(fields.categories()));
  }

  /** A rank no source gave is stored as unknown. */
  private static int clamp(int rank) {
    return Math.min(rank, SourceAuthority.UNKNOWN);
  }
}
