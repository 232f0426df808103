package paperradar.core.poll;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;

/** Sources' health in the {@code source_health} table, on H2 or PostgreSQL. */
public final class JdbcSourceHealthStore implements SourceHealthStore {

  private static final String COLUMNS =
      "url, etag, last_modified, last_success_at, last_error, last_error_at, consecutive_failures,"
          + " failing_since";

  private final Jdbc jdbc;

  public JdbcSourceHealthStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public SourceHealth health(String url) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM source_health WHERE url = ?",
            s -> s.setString(1, url),
            JdbcSourceHealthStore::health)
        .stream()
        .findFirst()
        .orElse(SourceHealth.unknown(url));
  }

  @Override
  public void succeeded(
      String url, @Nullable String etag, @Nullable String lastModified, Instant at) {
    SourceHealth old = health(url);
    save(
        new SourceHealth(url, etag, lastModified, at, old.lastError(), old.lastErrorAt(), 0, null));
  }

  @Override
  public SourceHealth failed(String url, String error, Instant at) {
    SourceHealth old = health(url);
    SourceHealth now =
        new SourceHealth(
            url,
            old.etag(),
            old.lastModified(),
            old.lastSuccessAt(),
            error,
            at,
            old.consecutiveFailures() + 1,
            old.consecutiveFailures() == 0 || old.failingSince() == null ? at : old.failingSince());
    save(now);
    return now;
  }

  private void save(SourceHealth health) {
    try {
      jdbc.inTransaction(
          connection -> {
            Jdbc.Binder values =
                s -> {
                  s.setString(1, health.etag());
                  s.setString(2, health.lastModified());
                  s.setObject(
                      3,
                      health.lastSuccessAt() == null
                          ? null
                          : Jdbc.timestamp(health.lastSuccessAt()));
                  s.setString(
                      4,
                      health.lastError() == null || health.lastError().length() <= 1000
                          ? health.lastError()
                          : health.lastError().substring(0, 1000));
                  s.setObject(
                      5,
                      health.lastErrorAt() == null ? null : Jdbc.timestamp(health.lastErrorAt()));
                  s.setInt(6, health.consecutiveFailures());
                  s.setObject(
                      7,
                      health.failingSince() == null ? null : Jdbc.timestamp(health.failingSince()));
                  s.setString(8, health.url());
                };
            if (Jdbc.update(
                    connection,
                    "UPDATE source_health SET etag = ?, last_modified = ?, last_success_at = ?,"
                        + " last_error = ?, last_error_at = ?, consecutive_failures = ?, failing_since = ?"
                        + " WHERE url = ?",
                    values)
                == 0) {
              Jdbc.update(
                  connection,
                  "INSERT INTO source_health (etag, last_modified, last_success_at, last_error,"
                      + " last_error_at, consecutive_failures, failing_since, url)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  values);
            }
            return true;
          });
    } catch (SQLException e) {
      throw new StoreException(
          "saving the health of "
              + paperradar.core.text.UrlRedaction.redact(health.url())
              + " failed",
          e);
    }
  }

  private static SourceHealth health(ResultSet row) throws SQLException {
    return new SourceHealth(
        row.getString("url"),
        row.getString("etag"),
        row.getString("last_modified"),
        Jdbc.instantOrNull(row, "last_success_at"),
        row.getString("last_error"),
        Jdbc.instantOrNull(row, "last_error_at"),
        row.getInt("consecutive_failures"),
        Jdbc.instantOrNull(row, "failing_since"));
  }
}
