package paperradar.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Numbers an ingest's changed papers from the change sequence, inside the ingest's transaction, and
 * on PostgreSQL tells the other processes (NOTIFY, delivered when the transaction commits).
 *
 * <p>Why a lock: a sequence hands out numbers when asked, not when the asker commits. An ingest
 * that took 7 and commits after one that took 8 would be skipped by a reader that saw 8 and moved
 * past 7. So an ingest first locks the {@code change-order} row of {@code feed_cursors} (a row
 * lock, portable between H2 and PostgreSQL, where an advisory lock would not be) and numbers its
 * papers only then, as the last thing before its commit; the next ingest waits for that commit
 * before it takes a number. Numbers thus become visible in the order they were handed out, and a
 * reader may move past every number it has seen. The lock is held only for the numbering and the
 * commit: the ingest's reads and writes run in parallel as before, and it already holds the locks
 * of the paper rows it numbers, so no deadlock can arise.
 */
final class ChangeNumbers {

  /** The channel NOTIFY uses; {@link ChangeNotifications} listens on it. */
  static final String CHANNEL = "paper_changes";

  private static final int CHUNK = 500;

  private ChangeNumbers() {}

  static void assign(Connection connection, List<Long> paperIds) throws SQLException {
    if (paperIds.isEmpty()) {
      return;
    }
    Jdbc.query(
        connection,
        "SELECT applied FROM feed_cursors WHERE name = 'change-order' FOR UPDATE",
        statement -> {},
        row -> row.getLong(1));
    String next = nextValue(connection);
    for (int from = 0; from < paperIds.size(); from += CHUNK) {
      List<Long> chunk = paperIds.subList(from, Math.min(paperIds.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      Jdbc.update(
          connection,
          "UPDATE papers SET change_seq = " + next + " WHERE id IN (" + marks + ")",
          statement -> {
            for (int i = 0; i < chunk.size(); i++) {
              statement.setLong(i + 1, chunk.get(i));
            }
          });
    }
    if (isPostgresql(connection)) {
      try (Statement notify = connection.createStatement()) {
        notify.execute("NOTIFY " + CHANNEL);
      }
    }
  }

  /** The SQL that takes the next change number, in this database's spelling. */
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
