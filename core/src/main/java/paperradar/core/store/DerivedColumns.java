package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import paperradar.core.model.SignalName;

/**
 * Recomputes the columns of papers that are derived from their sightings (latest signals, sources,
 * first seen), so that reading a paper never has to scan its sightings.
 */
final class DerivedColumns {

  private static final int CHUNK = 500;

  private final Connection connection;
  private final Instant now;

  DerivedColumns(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  void refresh(List<Long> paperIds) throws SQLException {
    for (int from = 0; from < paperIds.size(); from += CHUNK) {
      refreshChunk(paperIds.subList(from, Math.min(paperIds.size(), from + CHUNK)));
    }
  }

  private record Derived(SignalFold signals, TreeSet<String> sources, Instant[] firstSeen) {}

  private void refreshChunk(List<Long> ids) throws SQLException {
    Map<Long, Derived> byPaper = new HashMap<>();
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + PaperRows.SIGHTING_COLUMNS
                + " FROM sightings WHERE paper_id IN ("
                + marks
                + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        select.setLong(i + 1, ids.get(i));
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Derived derived =
              byPaper.computeIfAbsent(
                  row.getLong("paper_id"),
                  id -> new Derived(new SignalFold(), new TreeSet<>(), new Instant[1]));
          Instant capturedAt = Jdbc.instant(row, "captured_at");
          PaperRows.signals(row)
              .forEach((name, value) -> derived.signals().add(capturedAt, name, value));
          derived.sources().add(row.getString("format"));
          if (derived.firstSeen()[0] == null || capturedAt.isBefore(derived.firstSeen()[0])) {
            derived.firstSeen()[0] = capturedAt;
          }
        }
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE papers SET upvotes = ?, hacker_news = ?, reddit = ?, comments = ?, sources = ?, first_seen = ?, "
                + "updated_at = ? WHERE id = ?")) {
      for (Map.Entry<Long, Derived> paper : byPaper.entrySet()) {
        Derived derived = paper.getValue();
        int column = 1;
        for (SignalName name : SignalName.values()) {
          Long value = derived.signals().values().get(name);
          if (value == null) {
            update.setNull(column++, Types.BIGINT);
          } else {
            update.setLong(column++, value);
          }
        }
        update.setString(5, String.join(",", derived.sources()));
        update.setObject(6, Jdbc.timestamp(derived.firstSeen()[0]));
        update.setObject(7, Jdbc.timestamp(now));
        update.setLong(8, paper.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
