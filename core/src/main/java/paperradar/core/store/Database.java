package paperradar.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database: an embedded H2 file by default, PostgreSQL when a JDBC URL says so. Opening it runs
 * the Flyway migrations, so every process sees one schema, Quartz's tables included.
 */
public final class Database implements AutoCloseable {

  /** The databases paper-radar runs on. */
  public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Vendor(String migrationFolder) {
      this.migrationFolder = migrationFolder;
    }
  }

  private final HikariDataSource dataSource;
  private final Vendor vendor;

  private Database(HikariDataSource dataSource, Vendor vendor) {
    this.dataSource = dataSource;
    this.vendor = vendor;
  }

  /** The embedded H2 database in {@code dataDir}, created when missing. */
  public static Database embedded(Path dataDir) {
    return embedded(dataDir, true);
  }

  /**
   * The embedded database, {@code shared} with other processes on this host through H2's auto
   * server, or held alone (compaction rewrites the file, so it must be the only one with it open: a
   * running bot's lock then refuses it by name).
   */
  private static Database embedded(Path dataDir, boolean shared) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir, e);
    }
    // WRITE_DELAY=0: a commit reaches the file before it returns. H2's default writes a moment
    // later, so a process killed just after a commit lost it: the crash test caught a digest
    // ledgered, sent, lost with the process, and sent again.
    // async: the plain file channel closes itself when a thread writing through it is interrupted,
    // which Quartz does to its threads on shutdown, and H2 then closes the whole database
    // mid-shutdown.
    // AUTO_SERVER=TRUE: the first process to open the file serves it over a loopback TCP port
    // (written into the lock file), and every other process on the host connects through it, so
    // the CLI works beside a running bot on the same data directory; when the serving process
    // exits, another takes over. It works with async: (tried), but H2 refuses it with
    // DB_CLOSE_ON_EXIT=FALSE, so H2 closes the database in its own shutdown hook again; with
    // WRITE_DELAY=0 every commit is on disk before then.
    String url =
        "jdbc:h2:async:"
            + dataDir.toAbsolutePath().resolve("paper-radar")
            + ";AUTO_SERVER="
            + (shared ? "TRUE" : "FALSE")
            + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    try {
      return open(url, Vendor.H2, 4);
    } catch (RuntimeException e) {
      if (lockedByAnotherProcess(e)) {
        throw new DataDirectoryInUseException(
            dataDir.toAbsolutePath(), dataDir.toAbsolutePath().resolve(H2_FILE), e);
      }
      throw e;
    }
  }

  /** The file H2 keeps the database in, and locks while a process has it open. */
  static final String H2_FILE = "paper-radar.mv.db";

  /** H2's "database is already closed" (90121). */
  private static final int H2_DATABASE_CLOSED = 90121;

  /**
   * H2's "database may be already in use" (90020): its file is locked, by another process or a
   * stale lock.
   */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private static boolean lockedByAnotherProcess(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql
          && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compacts the embedded H2 database in {@code dataDir}: H2 appends rather than rewrites, so a
   * file grows to many times its live data after large ingests; {@code SHUTDOWN COMPACT} rewrites
   * it. The database must not be open elsewhere (a running bot holds its lock: {@link
   * DataDirectoryInUseException}).
   *
   * @return the file's size before and after, in bytes
   */
  public static long[] compactEmbedded(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve(H2_FILE);
    long before = sizeOf(file);
    try (Database database = embedded(dataDir, false);
        java.sql.Connection connection = database.dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (java.sql.SQLException e) {
      // SHUTDOWN closes the database under the pool: what follows it may say so, which is the
      // point.
      if (e.getErrorCode() != H2_DATABASE_CLOSED) {
        throw new StoreException("compacting " + file + " failed", e);
      }
    }
    return new long[] {before, sizeOf(file)};
  }

  private static long sizeOf(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  /** A database by JDBC URL: PostgreSQL ({@code jdbc:postgresql:…}) or H2 ({@code jdbc:h2:…}). */
  public static Database connect(String jdbcUrl) {
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return open(jdbcUrl, Vendor.POSTGRESQL, 8);
    }
    if (lower.startsWith("jdbc:h2:")) {
      return open(jdbcUrl, Vendor.H2, 4);
    }
    throw new IllegalArgumentException(
        "unsupported database URL (use jdbc:postgresql: or jdbc:h2:): " + JdbcUrls.redact(jdbcUrl));
  }

  private static Database open(String url, Vendor vendor, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setPoolName("paper-radar-" + vendor.name().toLowerCase(Locale.ROOT));
    config.setAutoCommit(true);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      migrate(dataSource, vendor);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, vendor);
  }

  private static void migrate(DataSource dataSource, Vendor vendor) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(
            "classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder)
        .load()
        .migrate();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Vendor vendor() {
    return vendor;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
