package paperradar.bench.core;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import paperradar.core.model.Paper;

/**
 * The peer in the search benchmark: the same corpus in PostgreSQL with a weighted tsvector (title
 * A, abstract B, authors C), a GIN index, and ts_rank ordering.
 */
final class PostgresFullText implements AutoCloseable {

  private final Connection connection;
  private final String schema;

  PostgresFullText(String url) throws SQLException {
    this.connection = DriverManager.getConnection(url);
    this.schema = "bench_" + Long.toHexString(System.nanoTime());
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
      statement.execute("SET search_path TO " + schema);
      statement.execute(
          "CREATE UNLOGGED TABLE papers (id BIGINT PRIMARY KEY, title TEXT, abstract TEXT, "
              + "authors TEXT, published DATE)");
    }
  }

  void load(List<Paper> papers) throws SQLException, IOException {
    StringBuilder rows = new StringBuilder();
    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
    for (int i = 0; i < papers.size(); i++) {
      Paper p = papers.get(i);
      rows.append(p.id())
          .append('\t')
          .append(clean(p.title()))
          .append('\t')
          .append(clean(p.abstractText()))
          .append('\t')
          .append(clean(String.join(", ", p.authors())))
          .append('\t')
          .append(p.published())
          .append('\n');
      if (rows.length() > 8_000_000 || i == papers.size() - 1) {
        copy.copyIn("COPY papers FROM STDIN", new StringReader(rows.toString()));
        rows.setLength(0);
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER TABLE papers ADD COLUMN ts tsvector GENERATED ALWAYS AS ("
              + "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
              + "setweight(to_tsvector('english', coalesce(abstract, '')), 'B') || "
              + "setweight(to_tsvector('simple', coalesce(authors, '')), 'C')) STORED");
      statement.execute("CREATE INDEX papers_ts ON papers USING GIN (ts)");
      statement.execute("ANALYZE papers");
    }
  }

  /** Runs one query: the ten best by ts_rank, as the Lucene side returns ten. */
  int search(BenchQueries query) throws SQLException {
    String sql =
        "SELECT id, ts_rank(ts, q) AS rank FROM papers, to_tsquery(?::regconfig, ?) q WHERE ts @@ q"
            + (query.since() == null ? "" : " AND published >= ?::date")
            + " ORDER BY rank DESC LIMIT 10";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, query.config());
      statement.setString(2, query.tsquery());
      if (query.since() != null) {
        statement.setString(3, query.since());
      }
      int rows = 0;
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows++;
        }
      }
      return rows;
    }
  }

  private static String clean(String text) {
    return text.replace('\\', ' ').replace('\t', ' ').replace('\n', ' ');
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    } finally {
      connection.close();
    }
  }
}
