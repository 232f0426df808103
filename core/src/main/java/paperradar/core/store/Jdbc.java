package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;

/**
 * Plain JDBC for the stores: a query or an update on a pooled connection, failures as {@link
 * StoreException}. It holds no table's SQL: that lives in the one {@code Jdbc…} implementation of
 * each store's interface ({@code JdbcPaperStore} here, {@code JdbcTopicStore}, {@code
 * JdbcChannelStore}, {@code JdbcDeliveryLedger}, {@code JdbcSourceHealthStore} beside their
 * interfaces), which is why it is public.
 */
public final class Jdbc {

  /** SQLState of a unique-constraint violation, on both H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** Binds a statement's parameters. */
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Maps one row. */
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Work inside one transaction. */
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (Connection connection = dataSource.getConnection()) {
      return query(connection, sql, binder, mapper);
    } catch (SQLException e) {
      throw new StoreException("reading the store failed", e);
    }
  }

  public static <T> List<T> query(
      Connection connection, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.setFetchSize(1_000);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> results = new ArrayList<>();
        while (rows.next()) {
          results.add(mapper.map(rows));
        }
        return results;
      }
    }
  }

  public int update(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection()) {
      return update(connection, sql, binder);
    } catch (SQLException e) {
      throw new StoreException("writing the store failed", e);
    }
  }

  public static int update(Connection connection, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    }
  }

  /** Runs the work in one transaction: all of it is stored, or nothing. */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        // An Error too (an OutOfMemoryError part way through a huge listing): the finally below
        // would otherwise commit the half-done work when it restores auto-commit.
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * Binds a channel's platform, workspace and channel id to three parameters from {@code first}.
   */
  public static void bindChannel(PreparedStatement statement, int first, ChannelRef channel)
      throws SQLException {
    statement.setString(first, channel.platform().id());
    statement.setString(first + 1, channel.workspace());
    statement.setString(first + 2, channel.channel());
  }

  /**
   * The channel of a row's {@code platform}, {@code workspace} and {@code channel} columns.
   *
   * @throws IllegalStateException naming the table and the value when the platform is unknown (a
   *     row written by a newer version, or by hand)
   */
  public static ChannelRef channel(ResultSet row, String table) throws SQLException {
    String platform = row.getString("platform");
    try {
      return new ChannelRef(
          Platform.fromId(platform), row.getString("workspace"), row.getString("channel"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          table + ": a row of channel " + row.getString("channel") + " has " + e.getMessage(), e);
    }
  }

  public static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A NOT NULL timestamp column. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    return Objects.requireNonNull(instantOrNull(row, column), column);
  }

  /** A timestamp column that may be NULL. */
  public static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
