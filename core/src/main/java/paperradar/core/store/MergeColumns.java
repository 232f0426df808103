package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
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

  /** The columns of the ids other than arXiv's that merge papers without an arXiv id. */
  static final List<String> ID_COLUMNS = List.of("doi", "pmid", "s2_id");

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

  /** Writes the title and the merge columns of paper {@code id}. */
  static void write(Connection connection, long id, BestKnownFields fields) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE papers SET title = ?, title_authority = ?, authors_authority = ?, organization_authority = ?, "
                + "abstract_authority = ?, published_class = ?, latest_version = ?, version_date = ?, doi = ?, "
                + "pmid = ?, s2_id = ?, link = ?, link_rank = ?, categories = ? WHERE id = ?")) {
      update.setString(
          1, Columns.limit(java.util.Objects.requireNonNull(fields.title(), "title"), 1200));
      update.setInt(2, clamp(fields.titleAuthority()));
      update.setInt(3, clamp(fields.authorsAuthority()));
      update.setInt(4, clamp(fields.organizationAuthority()));
      update.setInt(5, clamp(fields.abstractAuthority()));
      update.setInt(6, clamp(fields.publishedClass()));
      if (fields.latestVersion() == null) {
        update.setNull(7, Types.INTEGER);
      } else {
        update.setInt(7, fields.latestVersion());
      }
      update.setObject(8, fields.versionDate(), Types.DATE);
      update.setString(9, fields.doi() == null ? null : Columns.limit(fields.doi(), 300));
      update.setString(10, fields.pmid() == null ? null : Columns.limit(fields.pmid(), 32));
      update.setString(11, fields.s2Id() == null ? null : Columns.limit(fields.s2Id(), 64));
      update.setString(12, fields.link() == null ? null : Columns.limit(fields.link(), 2000));
      update.setInt(13, clamp(fields.linkRank()));
      update.setString(14, PaperRows.categoriesColumn(fields.categories()));
      update.setLong(15, id);
      update.executeUpdate();
    }
  }

  /** A rank no source gave is stored as unknown. */
  private static int clamp(int rank) {
    return Math.min(rank, SourceAuthority.UNKNOWN);
  }
}
