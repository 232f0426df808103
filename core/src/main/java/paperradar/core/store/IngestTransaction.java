package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import paperradar.core.model.SignalName;
import paperradar.core.model.TitleKey;

/** Stores one capture on one connection, inside the caller's transaction. */
final class IngestTransaction {

  private final Connection connection;
  private final Capture capture;
  private final String format;
  private final Instant now;
  private final IntConsumer storedSoFar;

  IngestTransaction(Connection connection, Capture capture, Instant now, IntConsumer storedSoFar) {
    this.connection = connection;
    this.capture = capture;
    this.format = capture.format();
    this.now = now;
    this.storedSoFar = storedSoFar;
  }

  IngestReport run() throws SQLException {
    List<PaperSighting> entries = capture.sightings();
    if (captureExists()) {
      return new IngestReport(entries.size(), 0, 0, true, List.of(), List.of());
    }
    long captureId = insertCapture(entries.size());
    List<Long> newIds = new ArrayList<>();
    Set<Long> touched = new LinkedHashSet<>();
    int stored = 0;
    for (PaperSighting sighting : entries) {
      Optional<StoredPaper> known = find(sighting);
      long paperId;
      if (known.isPresent()) {
        paperId = known.get().id();
        BestKnownFields merged = known.get().fields().mergedWith(sighting);
        if (!merged.equals(known.get().fields())) {
          PaperStatements.updateFields(connection, paperId, merged, now);
          MergeColumns.write(connection, paperId, merged);
        }
      } else {
        BestKnownFields fields = BestKnownFields.of(sighting);
        paperId =
            PaperStatements.insert(
                connection, fields, TitleKey.of(sighting.title()), capture.capturedAt(), format);
        MergeColumns.write(connection, paperId, fields);
        if (!sighting.announcesKnownPaper()) {
          newIds.add(paperId);
        }
      }
      touched.add(paperId);
      recordCodeUrl(paperId, sighting);
      insertSighting(captureId, paperId, sighting);
      storedSoFar.accept(++stored);
    }
    new DerivedColumns(connection, now).refresh(new ArrayList<>(touched));
    return new IngestReport(
        entries.size(),
        newIds.size(),
        entries.size() - newIds.size(),
        false,
        newIds,
        new ArrayList<>(touched));
  }

  /**
   * The paper a sighting belongs to: by arXiv id, else by DOI, PMID or Semantic Scholar id among
   * papers without an arXiv id, else by title. A paper known only by its title takes the id of the
   * first sighting that brings one.
   */
  private Optional<StoredPaper> find(PaperSighting sighting) throws SQLException {
    if (sighting.arxivId() != null) {
      Optional<StoredPaper> byId =
          PaperStatements.byArxivId(connection, sighting.arxivId().value());
      if (byId.isPresent()) {
        return byId;
      }
    }
    Optional<StoredPaper> byOtherId = byOtherIds(sighting);
    if (byOtherId.isPresent()) {
      return byOtherId;
    }
    return PaperStatements.byTitleKey(
        connection, TitleKey.of(sighting.title()), sighting.arxivId() != null);
  }

  private Optional<StoredPaper> byOtherIds(PaperSighting sighting) throws SQLException {
    String[] values = {sighting.doi(), sighting.pmid(), sighting.s2Id()};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        Optional<StoredPaper> found =
            PaperStatements.byOtherId(connection, MergeColumns.ID_COLUMNS.get(i), values[i]);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether these bytes are stored already: captured at the same time, or from the same input on
   * the same day (UTC), so that ingesting a file again, stamped with a later clock, changes
   * nothing.
   */
  private boolean captureExists() throws SQLException {
    Instant dayStart = capture.capturedAt().truncatedTo(ChronoUnit.DAYS);
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT 1 FROM captures WHERE content_sha256 = ? AND (captured_at = ?"
                + " OR (input = ? AND captured_at >= ? AND captured_at < ?))")) {
      select.setString(1, capture.contentSha256());
      select.setObject(2, Jdbc.timestamp(capture.capturedAt()));
      select.setString(3, Columns.limit(capture.input(), 2000));
      select.setObject(4, Jdbc.timestamp(dayStart));
      select.setObject(5, Jdbc.timestamp(dayStart.plus(1, ChronoUnit.DAYS)));
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  private long insertCapture(int entryCount) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO captures (input, format, captured_at, content_sha256, entries, stored_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, Columns.limit(capture.input(), 2000));
      insert.setString(2, format);
      insert.setObject(3, Jdbc.timestamp(capture.capturedAt()));
      insert.setString(4, capture.contentSha256());
      insert.setInt(5, entryCount);
      insert.setObject(6, Jdbc.timestamp(now));
      insert.executeUpdate();
      return PaperStatements.generatedId(insert);
    }
  }

  /**
   * The first code repository a listing gives a paper stays, with when the store learnt it: a code
   * link that appears after a channel saw the paper is a follow-up.
   */
  private void recordCodeUrl(long paperId, PaperSighting sighting) throws SQLException {
    String codeUrl = sighting.codeUrl();
    if (codeUrl == null) {
      return;
    }
    Jdbc.update(
        connection,
        "UPDATE papers SET code_url = ?, code_url_at = ? WHERE id = ? AND code_url IS NULL",
        statement -> {
          statement.setString(1, Columns.limit(codeUrl, 2000));
          statement.setObject(2, Jdbc.timestamp(now));
          statement.setLong(3, paperId);
        });
  }

  private void insertSighting(long captureId, long paperId, PaperSighting sighting)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sightings (paper_id, capture_id, captured_at, format, input, position, upvotes, "
                + "hacker_news, reddit, comments, announce_type, url, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, paperId);
      insert.setLong(2, captureId);
      insert.setObject(3, Jdbc.timestamp(capture.capturedAt()));
      insert.setString(4, format);
      insert.setString(5, Columns.limit(capture.input(), 2000));
      insert.setInt(6, sighting.position());
      int column = 7;
      for (SignalName name : SignalName.values()) {
        Long value = sighting.signals().get(name);
        if (value == null) {
          insert.setNull(column++, Types.BIGINT);
        } else {
          insert.setLong(column++, value);
        }
      }
      insert.setString(11, sighting.announceType());
      insert.setString(12, sighting.url() == null ? null : Columns.limit(sighting.url(), 2000));
      if (sighting.version() == null) {
        insert.setNull(13, Types.INTEGER);
      } else {
        insert.setInt(13, sighting.version());
      }
      insert.executeUpdate();
    }
  }
}
