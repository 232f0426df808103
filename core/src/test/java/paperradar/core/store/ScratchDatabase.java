package paperradar.core.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import paperradar.core.store.TestDatabase.Kind;

/**
 * An empty database of either kind that a migration test brings to an older schema version, fills
 * as the code of that version did, and then opens with {@link Database#connect}, which migrates the
 * rest: an H2 database in memory, or a schema of its own on the test PostgreSQL, dropped at close.
 */
record ScratchDatabase(Kind kind, String url, String adminUrl, String schema)
    implements AutoCloseable {

  static ScratchDatabase create(Kind kind) throws SQLException {
    if (kind == Kind.H2) {
      return new ScratchDatabase(
          kind, "jdbc:h2:mem:scratch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
    String adminUrl = TestDatabase.postgresUrl();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(adminUrl, "CREATE SCHEMA " + schema);
    return new ScratchDatabase(kind, TestDatabase.withSchema(adminUrl, schema), adminUrl, schema);
  }

  /** Applies the migrations up to and including {@code version}, and no later one. */
  void migrateTo(String version) {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(
            "classpath:db/migration/common",
            "classpath:db/migration/" + (kind == Kind.H2 ? "h2" : "postgresql"))
        .target(version)
        .load()
        .migrate();
  }

  void execute(String sql) throws SQLException {
    execute(url, sql);
  }

  @Override
  public void close() throws SQLException {
    if (schema != null) {
      execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
