package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.SignalName;

/**
 * The columns of a paper that are derived from its sightings (latest signals, sources, first seen),
 * so that reading a paper never has to scan its sightings. Every rule is order-independent (see
 * {@link SignalFold}), so an ingest folds a paper's stored sightings and its new ones in memory and
 * writes the result once, with the paper's other columns.
 */
final class DerivedColumns {

  private final SignalFold signals = new SignalFold();
  private final TreeSet<String> sources = new TreeSet<>();
  private @Nullable Instant firstSeen;

  /** Folds one sighting in. */
  void add(Instant capturedAt, String format, Map<SignalName, Long> values) {
    values.forEach((name, value) -> signals.add(capturedAt, name, value));
    sources.add(format);
    if (firstSeen == null || capturedAt.isBefore(firstSeen)) {
      firstSeen = capturedAt;
    }
  }

  Map<SignalName, Long> signals() {
    return signals.values();
  }

  /** The formats of the listings that showed the paper, sorted and joined by commas. */
  String sources() {
    return String.join(",", sources);
  }

  Instant firstSeen() {
    if (firstSeen == null) {
      throw new IllegalStateException("a paper is derived from one sighting at least");
    }
    return firstSeen;
  }

  /**
   * The fold of the stored sightings of these papers, in one query: what an ingest adds its new
   * sightings to. A paper without stored sightings is left out.
   */
  static Map<Long, DerivedColumns> ofStoredSightings(Connection connection, List<Long> paperIds)
      throws SQLException {
    Map<Long, DerivedColumns> byPaper = new HashMap<>();
    if (paperIds.isEmpty()) {
      return byPaper;
    }
    String marks = String.join(",", Collections.nCopies(paperIds.size(), "?"));
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + PaperRows.SIGHTING_COLUMNS
                + " FROM sightings WHERE paper_id IN ("
                + marks
                + ")")) {
      for (int i = 0; i < paperIds.size(); i++) {
        select.setLong(i + 1, paperIds.get(i));
      }
      select.setFetchSize(1_000);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byPaper
              .computeIfAbsent(row.getLong("paper_id"), id -> new DerivedColumns())
              .add(
                  Jdbc.instant(row, "captured_at"),
                  row.getString("format"),
                  PaperRows.signals(row));
        }
      }
    }
    return byPaper;
  }
}
