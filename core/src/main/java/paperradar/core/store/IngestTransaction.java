package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import paperradar.core.model.SignalName;

/**
 * Stores one capture on one connection, inside the caller's transaction, a chunk of sightings at a
 * time: each chunk's papers are looked up in a few multi-row queries, merged in memory, and written
 * in three batches (new papers, changed papers, sightings), each row once with its change number.
 *
 * <p>The sightings are read once, front to back, so a capture may stream them; what is kept across
 * chunks is the ids of the papers stored.
 */
final class IngestTransaction {

  /**
   * Sightings per chunk: large enough that a statement's round trip is a small part of it, small
   * enough that the progress bar moves every few hundred papers.
   */
  static final int CHUNK = 250;

  private final Connection connection;
  private final Capture capture;
  private final String format;
  private final Instant now;
  private final IntConsumer storedSoFar;
  private final List<Long> newIds = new ArrayList<>();
  private final Set<Long> touched = new LinkedHashSet<>();
  private boolean numbering;
  private int stored;

  IngestTransaction(Connection connection, Capture capture, Instant now, IntConsumer storedSoFar) {
    this.connection = connection;
    this.capture = capture;
    this.format = capture.format();
    this.now = now;
    this.storedSoFar = storedSoFar;
  }

  IngestReport run() throws SQLException {
    if (captureExists()) {
      int read = 0;
      for (PaperSighting ignored : capture.sightings()) {
        read++;
      }
      return new IngestReport(read, 0, 0, true, List.of(), List.of());
    }
    long captureId = insertCapture();
    List<PaperSighting> chunk = new ArrayList<>(CHUNK);
    for (PaperSighting sighting : capture.sightings()) {
      chunk.add(sighting);
      if (chunk.size() == CHUNK) {
        store(captureId, chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      store(captureId, chunk);
    }
    countEntries(captureId);
    if (numbering) {
      ChangeNumbers.announce(connection);
    }
    return new IngestReport(
        stored, newIds.size(), stored - newIds.size(), false, newIds, new ArrayList<>(touched));
  }

  private void store(long captureId, List<PaperSighting> chunk) throws SQLException {
    ChunkPapers papers = ChunkPapers.load(connection, chunk);
    List<ChunkPaper> paperOf = new ArrayList<>(chunk.size());
    Set<ChunkPaper> announcedKnown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (PaperSighting sighting : chunk) {
      ChunkPaper paper = papers.find(sighting);
      if (paper == null) {
        paper = papers.create(sighting);
        if (sighting.announcesKnownPaper()) {
          announcedKnown.add(paper);
        }
      } else {
        papers.merge(paper, sighting);
      }
      paperOf.add(paper);
    }
    Map<ChunkPaper, DerivedColumns> derived = fold(chunk, paperOf);
    if (!numbering) {
      // Numbers are taken from here to the commit, in the order ingests commit (see
      // ChangeNumbers).
      ChangeNumbers.lockOrder(connection);
      numbering = true;
    }
    String next = ChangeNumbers.nextValue(connection);
    PaperStatements.insert(connection, papers.created(), now, next);
    PaperStatements.update(
        connection, derived.keySet().stream().filter(ChunkPaper::stored).toList(), now, next);
    OtherIds.record(connection, derived.keySet());
    insertSightings(captureId, chunk, paperOf);
    recordCodeUrls(chunk, paperOf);
    for (ChunkPaper paper : paperOf) {
      touched.add(paper.id());
    }
    for (ChunkPaper paper : papers.created()) {
      if (!announcedKnown.contains(paper)) {
        newIds.add(paper.id());
      }
    }
    stored += chunk.size();
    storedSoFar.accept(stored);
  }

  /**
   * Folds each touched paper's stored sightings (read before the chunk's are inserted) and the
   * chunk's sightings into its derived columns.
   */
  private Map<ChunkPaper, DerivedColumns> fold(List<PaperSighting> chunk, List<ChunkPaper> paperOf)
      throws SQLException {
    Map<ChunkPaper, DerivedColumns> derived = new LinkedHashMap<>();
    List<Long> storedIds = new ArrayList<>();
    for (ChunkPaper paper : paperOf) {
      if (!derived.containsKey(paper)) {
        derived.put(paper, new DerivedColumns());
        if (paper.stored()) {
          storedIds.add(paper.id());
        }
      }
    }
    Map<Long, DerivedColumns> storedFolds = DerivedColumns.ofStoredSightings(connection, storedIds);
    for (Map.Entry<ChunkPaper, DerivedColumns> entry : derived.entrySet()) {
      ChunkPaper paper = entry.getKey();
      DerivedColumns fold =
          paper.stored()
              ? storedFolds.getOrDefault(paper.id(), entry.getValue())
              : entry.getValue();
      entry.setValue(fold);
      paper.derive(fold);
    }
    for (int i = 0; i < chunk.size(); i++) {
      paperOf.get(i).derived().add(capture.capturedAt(), format, chunk.get(i).signals());
    }
    return derived;
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

  /** The capture's row; its entry count is written at the end, once the sightings are read. */
  private long insertCapture() throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO captures (input, format, captured_at, content_sha256, entries, stored_at) "
                + "VALUES (?, ?, ?, ?, 0, ?)",
            new String[] {"id"})) {
      insert.setString(1, Columns.limit(capture.input(), 2000));
      insert.setString(2, format);
      insert.setObject(3, Jdbc.timestamp(capture.capturedAt()));
      insert.setString(4, capture.contentSha256());
      insert.setObject(5, Jdbc.timestamp(now));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("the database returned no generated id");
        }
        return keys.getLong(1);
      }
    }
  }

  /**
   * The first code repository a listing gives a paper stays, with when the store learnt it: a code
   * link that appears after a channel saw the paper is a follow-up. One batch per chunk, in the
   * chunk's order, so that the first link of the chunk wins as it would one statement at a time.
   */
  private void recordCodeUrls(List<PaperSighting> chunk, List<ChunkPaper> paperOf)
      throws SQLException {
    if (chunk.stream().allMatch(sighting -> sighting.codeUrl() == null)) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE papers SET code_url = ?, code_url_at = ? WHERE id = ? AND code_url IS NULL")) {
      for (int i = 0; i < chunk.size(); i++) {
        String codeUrl = chunk.get(i).codeUrl();
        if (codeUrl != null) {
          update.setString(1, Columns.limit(codeUrl, 2000));
          update.setObject(2, Jdbc.timestamp(now));
          update.setLong(3, paperOf.get(i).id());
          update.addBatch();
        }
      }
      update.executeBatch();
    }
  }

  private void countEntries(long captureId) throws SQLException {
    Jdbc.update(
        connection,
        "UPDATE captures SET entries = ? WHERE id = ?",
        statement -> {
          statement.setInt(1, stored);
          statement.setLong(2, captureId);
        });
  }

  private void insertSightings(long captureId, List<PaperSighting> chunk, List<ChunkPaper> paperOf)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sightings (paper_id, capture_id, captured_at, format, input, position, upvotes, "
                + "hacker_news, reddit, comments, announce_type, url, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      String input = Columns.limit(capture.input(), 2000);
      for (int i = 0; i < chunk.size(); i++) {
        PaperSighting sighting = chunk.get(i);
        insert.setLong(1, paperOf.get(i).id());
        insert.setLong(2, captureId);
        insert.setObject(3, Jdbc.timestamp(capture.capturedAt()));
        insert.setString(4, format);
        insert.setString(5, input);
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
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
