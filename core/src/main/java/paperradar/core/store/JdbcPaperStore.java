package paperradar.core.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;

/** The paper store on H2 or PostgreSQL, through JDBC. */
public final class JdbcPaperStore implements PaperStore {

  private static final String UNIQUE_VIOLATION = Jdbc.UNIQUE_VIOLATION;
  private static final int CHUNK = 500;

  private final DataSource dataSource;
  private final Jdbc jdbc;
  private final Clock clock;
  private final AtomicLong version = new AtomicLong();

  public JdbcPaperStore(Database database) {
    this(database.dataSource(), Clock.systemUTC());
  }

  public JdbcPaperStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = new Jdbc(dataSource);
    this.clock = clock;
  }

  /**
   * Stores the capture in one transaction. When another process stores the same paper or the same
   * capture at the same moment, a unique constraint refuses one of them; that one is retried once,
   * and then finds what the other stored.
   */
  @Override
  public IngestReport ingest(Capture capture, IntConsumer storedSoFar) {
    try {
      return ingestOnce(capture, storedSoFar);
    } catch (SQLException first) {
      if (!isUniqueViolation(first)) {
        throw new StoreException("storing " + capture.input() + " failed", first);
      }
      try {
        return ingestOnce(capture, storedSoFar);
      } catch (SQLException second) {
        second.addSuppressed(first);
        throw new StoreException("storing " + capture.input() + " failed", second);
      }
    }
  }

  private IngestReport ingestOnce(Capture capture, IntConsumer storedSoFar) throws SQLException {
    try {
      return jdbc.inTransaction(
          connection ->
              new IngestTransaction(connection, capture, clock.instant(), storedSoFar).run());
    } finally {
      // Counted whether it committed or not: a reader that sees the same number may keep what it
      // derived.
      version.incrementAndGet();
    }
  }

  /**
   * Whether a unique constraint refused the write; a batch reports it on the exception it chains.
   */
  private static boolean isUniqueViolation(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public long version() {
    return version.get();
  }

  @Override
  public long paperCount() {
    return query("SELECT COUNT(*) AS n FROM papers", statement -> {}, row -> row.getLong("n"))
        .get(0);
  }

  @Override
  public List<Paper> papers() {
    return query(
        "SELECT " + PaperRows.PAPER_COLUMNS + " FROM papers ORDER BY id",
        statement -> {},
        PaperRows::paper);
  }

  @Override
  public List<Paper> papers(List<Long> ids) {
    return papersById(ids, PaperRows.PAPER_COLUMNS, PaperRows::paper);
  }

  @Override
  public List<Paper> rankingKeys(List<Long> ids) {
    return papersById(ids, PaperRows.RANKING_COLUMNS, PaperRows::rankingKey);
  }

  private List<Paper> papersById(List<Long> ids, String columns, Jdbc.RowMapper<Paper> mapper) {
    Map<Long, Paper> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      for (Paper paper :
          query(
              "SELECT " + columns + " FROM papers WHERE id IN (" + marks + ")",
              statement -> {
                for (int i = 0; i < chunk.size(); i++) {
                  statement.setLong(i + 1, chunk.get(i));
                }
              },
              mapper)) {
        found.put(paper.id(), paper);
      }
    }
    List<Paper> ordered = new ArrayList<>();
    for (Long id : ids) {
      Paper paper = found.get(id);
      if (paper != null) {
        ordered.add(paper);
      }
    }
    return ordered;
  }

  @Override
  public Optional<Paper> paper(long id) {
    return query(
            "SELECT " + PaperRows.PAPER_COLUMNS + " FROM papers WHERE id = ?",
            statement -> statement.setLong(1, id),
            PaperRows::paper)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Paper> paperByArxivId(ArxivId id) {
    return query(
            "SELECT " + PaperRows.PAPER_COLUMNS + " FROM papers WHERE arxiv_id = ?",
            statement -> statement.setString(1, id.value()),
            PaperRows::paper)
        .stream()
        .findFirst();
  }

  @Override
  public List<Paper> papersByTitleKey(String titleKey) {
    return query(
        "SELECT "
            + PaperRows.PAPER_COLUMNS
            + " FROM papers WHERE title_hash = ? AND title_key = ? ORDER BY id",
        statement -> {
          statement.setLong(1, TitleHashes.of(titleKey));
          statement.setString(2, titleKey);
        },
        PaperRows::paper);
  }

  @Override
  public List<Sighting> sightings(long paperId) {
    return query(
        "SELECT "
            + PaperRows.SIGHTING_COLUMNS_WITH_URL
            + " FROM sightings WHERE paper_id = ? ORDER BY captured_at, capture_id, position",
        statement -> statement.setLong(1, paperId),
        PaperRows::sightingWithUrl);
  }

  @Override
  public List<Sighting> sightingsSince(Instant since) {
    return query(
        "SELECT "
            + PaperRows.SIGHTING_COLUMNS
            + " FROM sightings WHERE "
            + OF_CAPTURES_SINCE
            + " ORDER BY captured_at, capture_id, position",
        statement -> statement.setObject(1, Jdbc.timestamp(since)),
        PaperRows::sighting);
  }

  @Override
  public List<Paper> papersNewSince(LocalDate day) {
    return query(
        "SELECT "
            + PaperRows.PAPER_COLUMNS
            + " FROM papers"
            + " WHERE (published IS NOT NULL AND published >= ?) OR (published IS NULL AND first_seen >= ?)"
            + " ORDER BY COALESCE(published, CAST(first_seen AS DATE)) DESC, first_seen DESC, id",
        statement -> {
          statement.setObject(1, day);
          statement.setObject(2, Jdbc.timestamp(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        },
        PaperRows::paper);
  }

  @Override
  public List<Sighting> historiesOfPapersSeenSince(Instant since) {
    return query(
        "SELECT "
            + PaperRows.SIGHTING_COLUMNS
            + " FROM sightings WHERE paper_id IN"
            + " (SELECT DISTINCT paper_id FROM sightings WHERE "
            + OF_CAPTURES_SINCE
            + ")"
            + " ORDER BY captured_at, capture_id, position",
        statement -> statement.setObject(1, Jdbc.timestamp(since)),
        PaperRows::sighting);
  }

  /**
   * Sightings whose capture is at or after a moment: each sighting carries its capture's time, and
   * the captures' ids lead the sightings' index (there is none on the time).
   */
  static final String OF_CAPTURES_SINCE =
      "capture_id IN (SELECT id FROM captures WHERE captured_at >= ?)";

  private <T> List<T> query(String sql, Jdbc.Binder binder, Jdbc.RowMapper<T> mapper) {
    return jdbc.query(sql, binder, mapper);
  }
}
