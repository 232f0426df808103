package paperradar.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Numbers an ingest's changed papers from the change sequence, inside the ingest's transaction, and
 * on PostgreSQL tells the other processes (NOTIFY, delivered when the transaction commits).
 *
 * <p>Why a lock: a sequence hands out numbers when asked, not when the asker commits. An ingest
 * that took 7 and commits after one that took 8 would be skipped by a reader that saw 8 and moved
 * past 7. So an ingest first locks the {@code change-order} row of {@code feed_cursors} (a row
 * lock, portable between H2 and PostgreSQL, where an advisory lock would not be) and takes numbers
 * only then; the next ingest waits for its commit before it takes one. Numbers thus become visible
 * in the order they were handed out, and a reader may move past every number it has seen.
 *
 * <p>The ingest takes the lock before it writes its first chunk and holds it to its commit, so that
 * each paper row is written once, with its number, rather than written and then numbered by a
 * second update of every row (which cost as much as the insert itself). Ingests that write thus
 * take turns, each a listing long; their reads (the lookups of the first chunk) run in parallel.
 * The lock is always taken before any paper row is written, so no two ingests can wait on each
 * other.
 */
final class ChangeNumbers {

  /** The channel NOTIFY uses; {@link ChangeNotifications} listens on it. */
  static final String CHANNEL = "paper_changes";

  private ChangeNumbers() {}

  /** Waits for the ingests that took numbers before to commit; held until this one commits. */
  static void lockOrder(Connection connection) throws SQLException {
    Jdbc.query(
        connection,
        "SELECT applied FROM feed_cursors WHERE name = 'change-order' FOR UPDATE",
        statement -> {},
        row -> row.getLong(1));
  }

  /** Tells the other processes, when the transaction commits, that the store changed. */
  static void announce(Connection connection) throws SQLException {
    if (isPostgresql(connection)) {
      try (Statement notify = connection.createStatement()) {
        notify.execute("NOTIFY " + CHANNEL);
      }
    }
  }

  /**
   * The SQL that takes the next change number, in this database's spelling. On H2 the sequence
   * caches 100,000 numbers (migration V94): with H2's default of 32, handing out the last number of
   * each block committed the whole store, dozens of times per ingest. H2's cache is one for the
   * database, so the order above holds; PostgreSQL's would be per session, and is not used.
   */
  static String nextValue(Connection connection) throws SQLException {
    return isPostgresql(connection)
        ? "nextval('paper_change_seq')"
        : "NEXT VALUE FOR paper_change_seq";
  }

  static boolean isPostgresql(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres");
  }
}
