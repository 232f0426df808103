package paperradar.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The change feed on H2 or PostgreSQL: the {@code change_seq} column of papers and {@code
 * feed_cursors}.
 */
public final class JdbcChangeFeed implements ChangeFeed {

  private static final String CHANGES =
      "SELECT change_seq, "
          + PaperRows.PAPER_COLUMNS
          + " FROM papers WHERE change_seq > ? ORDER BY change_seq FETCH FIRST ? ROWS ONLY";

  /** The numbers alone, for work that does not need the papers. */
  private static final String CHANGE_NUMBERS =
      "SELECT change_seq FROM papers WHERE change_seq > ? ORDER BY change_seq FETCH FIRST ? ROWS"
          + " ONLY";

  private final Jdbc jdbc;

  public JdbcChangeFeed(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public long lastSequence() {
    return jdbc.query(
            "SELECT COALESCE(MAX(change_seq), 0) FROM papers",
            statement -> {},
            row -> row.getLong(1))
        .get(0);
  }

  @Override
  public List<Change> changesAfter(long after, int max) {
    return jdbc.query(CHANGES, bindRange(after, max), JdbcChangeFeed::change);
  }

  @Override
  public long cursor(String name) {
    List<Long> applied =
        jdbc.query(
            "SELECT applied FROM feed_cursors WHERE name = ?",
            statement -> statement.setString(1, name),
            row -> row.getLong(1));
    if (applied.isEmpty()) {
      throw new StoreException("no feed cursor named " + name, null);
    }
    return applied.get(0);
  }

  @Override
  public int advance(String name, int max, CursorWork work) {
    try {
      return jdbc.inTransaction(
          connection -> {
            List<Long> applied =
                Jdbc.query(
                    connection,
                    "SELECT applied FROM feed_cursors WHERE name = ? FOR UPDATE",
                    statement -> statement.setString(1, name),
                    row -> row.getLong(1));
            if (applied.isEmpty()) {
              throw new SQLException("no feed cursor named " + name);
            }
            long after = applied.get(0);
            if (!work.needsPapers()) {
              List<Long> numbers =
                  Jdbc.query(
                      connection, CHANGE_NUMBERS, bindRange(after, max), row -> row.getLong(1));
              return numbers.isEmpty()
                  ? 0
                  : moveCursor(connection, name, numbers.get(numbers.size() - 1), numbers.size());
            }
            List<Change> changes =
                Jdbc.query(connection, CHANGES, bindRange(after, max), JdbcChangeFeed::change);
            if (changes.isEmpty()) {
              return 0;
            }
            work.apply(changes, new Transaction(connection));
            return moveCursor(
                connection, name, changes.get(changes.size() - 1).sequence(), changes.size());
          });
    } catch (SQLException e) {
      throw new StoreException("advancing the feed cursor " + name + " failed", e);
    }
  }

  private static Jdbc.Binder bindRange(long after, int max) {
    return statement -> {
      statement.setLong(1, after);
      statement.setInt(2, max);
    };
  }

  /** Moves the claimed cursor to {@code last}; returns {@code count}, the changes passed. */
  private static int moveCursor(Connection connection, String name, long last, int count)
      throws SQLException {
    Jdbc.update(
        connection,
        "UPDATE feed_cursors SET applied = ? WHERE name = ?",
        statement -> {
          statement.setLong(1, last);
          statement.setString(2, name);
        });
    return count;
  }

  private static Change change(java.sql.ResultSet row) throws SQLException {
    return new Change(row.getLong("change_seq"), PaperRows.paper(row));
  }
}
