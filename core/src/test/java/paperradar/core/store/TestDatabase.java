package paperradar.core.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database for one test: an H2 file in a temporary directory, or a new schema in the
 * PostgreSQL that {@code PAPERRADAR_TEST_POSTGRES_URL} points at (skipped, with the reason printed,
 * when it is unset).
 */
public final class TestDatabase implements AutoCloseable {

  /** The environment variable that points the PostgreSQL tests at a server. */
  public static final String POSTGRES_URL_VARIABLE = "PAPERRADAR_TEST_POSTGRES_URL";

  /** The databases every store test runs on. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  private final Database database;
  private final String adminUrl;
  private final String schema;

  private TestDatabase(Database database, String adminUrl, String schema) {
    this.database = database;
    this.adminUrl = adminUrl;
    this.schema = schema;
  }

  public static TestDatabase open(Kind kind, Path tempDir) {
    if (kind == Kind.H2) {
      return new TestDatabase(
          Database.embedded(tempDir.resolve("h2-" + UUID.randomUUID())), null, null);
    }
    String url = postgresUrl();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(url, "CREATE SCHEMA " + schema);
    return new TestDatabase(Database.connect(withSchema(url, schema)), url, schema);
  }

  /** The PostgreSQL URL, or a skipped test that says why. */
  public static String postgresUrl() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    boolean present = url != null && !url.isBlank();
    if (!present) {
      System.out.println(
          "SKIPPED: "
              + POSTGRES_URL_VARIABLE
              + " is not set, so the PostgreSQL variant does not run");
    }
    assumeTrue(present, POSTGRES_URL_VARIABLE + " is not set");
    return url;
  }

  public static String withSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public Database database() {
    return database;
  }

  /** The URL of this database, for a second pool on it (a second process). */
  public String url() {
    return schema == null ? null : withSchema(adminUrl, schema);
  }

  @Override
  public void close() {
    database.close();
    if (schema != null) {
      execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + JdbcUrls.redact(url) + " refused: " + sql, e);
    }
  }
}
