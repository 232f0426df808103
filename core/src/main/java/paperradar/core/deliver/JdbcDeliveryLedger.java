package paperradar.core.deliver;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import paperradar.core.deliver.LedgerEntry.Status;
import paperradar.core.digest.FollowUpKind;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;

/**
 * The delivery ledger in the {@code digests} and {@code shown_papers} tables, on H2 or PostgreSQL.
 * A unique constraint keeps one digest per channel and day, so two processes cannot both write it.
 */
public final class JdbcDeliveryLedger implements DeliveryLedger {

  private static final int CHUNK = 500;
  private static final String COLUMNS =
      "id, platform, workspace, channel, digest_date, status, body, attempts";
  private static final String BY_CHANNEL = "platform = ? AND workspace = ? AND channel = ?";

  private final Jdbc jdbc;

  public JdbcDeliveryLedger(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<Long> shownTo(ChannelRef channel, Collection<Long> paperIds) {
    List<Long> ids = List.copyOf(new HashSet<>(paperIds));
    Set<Long> shown = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      shown.addAll(
          jdbc.query(
              "SELECT paper_id FROM shown_papers WHERE "
                  + BY_CHANNEL
                  + " AND paper_id IN ("
                  + marks
                  + ")",
              statement -> {
                Jdbc.bindChannel(statement, 1, channel);
                for (int i = 0; i < chunk.size(); i++) {
                  statement.setLong(4 + i, chunk.get(i));
                }
              },
              row -> row.getLong("paper_id")));
    }
    return shown;
  }

  @Override
  public Optional<LedgerEntry> entry(ChannelRef channel, LocalDate date) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM digests WHERE " + BY_CHANNEL + " AND digest_date = ?",
            statement -> {
              Jdbc.bindChannel(statement, 1, channel);
              statement.setObject(4, date);
            },
            JdbcDeliveryLedger::entry)
        .stream()
        .findFirst();
  }

  @Override
  public Set<ChannelDay> daysSince(LocalDate first) {
    return new HashSet<>(
        jdbc.query(
            "SELECT platform, workspace, channel, digest_date FROM digests WHERE digest_date >= ?",
            statement -> statement.setObject(1, first),
            row ->
                new ChannelDay(
                    Jdbc.channel(row, "digests"), row.getObject("digest_date", LocalDate.class))));
  }

  @Override
  public Claim claim(
      ChannelRef channel,
      LocalDate date,
      String body,
      Collection<Long> paperIds,
      Map<Long, Set<FollowUpKind>> followUps,
      Instant now,
      Instant leaseUntil) {
    try {
      return new Claim(
          true,
          jdbc.inTransaction(
              connection -> {
                insertDigest(
                    connection, channel, date, Status.PENDING, null, body, now, leaseUntil);
                long id = entryIn(connection, channel, date).id();
                for (long paperId : new HashSet<>(paperIds)) {
                  Jdbc.update(
                      connection,
                      "INSERT INTO shown_papers (platform, workspace, channel, paper_id, digest_id, shown_at)"
                          + " SELECT ?, ?, ?, ?, ?, ? FROM digests WHERE id = ? AND NOT EXISTS (SELECT 1 FROM shown_papers WHERE "
                          + BY_CHANNEL
                          + " AND paper_id = ?)",
                      statement -> {
                        Jdbc.bindChannel(statement, 1, channel);
                        statement.setLong(4, paperId);
                        statement.setLong(5, id);
                        statement.setObject(6, Jdbc.timestamp(now));
                        statement.setLong(7, id);
                        statement.setString(8, channel.platform().id());
                        statement.setString(9, channel.workspace());
                        statement.setString(10, channel.channel());
                        statement.setLong(11, paperId);
                      });
                }
                recordFollowUps(connection, channel, id, followUps, now);
                return entryIn(connection, channel, date);
              }));
    } catch (SQLException e) {
      if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return new Claim(
            false,
            entry(channel, date).orElseThrow(() -> new StoreException("digest vanished", e)));
      }
      throw new StoreException("writing the digest of " + channel + " to the ledger failed", e);
    }
  }

  /** Each follow-up kind once per channel and paper: a kind already recorded is left as it is. */
  private static void recordFollowUps(
      Connection connection,
      ChannelRef channel,
      long digestId,
      Map<Long, Set<FollowUpKind>> followUps,
      Instant now)
      throws SQLException {
    for (Map.Entry<Long, Set<FollowUpKind>> paper : followUps.entrySet()) {
      for (FollowUpKind kind : paper.getValue()) {
        Jdbc.update(
            connection,
            "INSERT INTO follow_ups (platform, workspace, channel, paper_id, kind, digest_id, shown_at)"
                + " SELECT ?, ?, ?, ?, ?, ?, ? FROM digests WHERE id = ? AND NOT EXISTS (SELECT 1 FROM"
                + " follow_ups WHERE "
                + BY_CHANNEL
                + " AND paper_id = ? AND kind = ?)",
            statement -> {
              Jdbc.bindChannel(statement, 1, channel);
              statement.setLong(4, paper.getKey());
              statement.setString(5, kind.name());
              statement.setLong(6, digestId);
              statement.setObject(7, Jdbc.timestamp(now));
              statement.setLong(8, digestId);
              Jdbc.bindChannel(statement, 9, channel);
              statement.setLong(12, paper.getKey());
              statement.setString(13, kind.name());
            });
      }
    }
  }

  @Override
  public boolean recordSkipped(ChannelRef channel, LocalDate date, String why, Instant now) {
    try {
      jdbc.inTransaction(
          connection -> {
            insertDigest(connection, channel, date, Status.SKIPPED, why, "", now, null);
            return true;
          });
      return true;
    } catch (SQLException e) {
      if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw new StoreException("recording a skipped digest failed", e);
    }
  }

  @Override
  public Optional<LedgerEntry> takeOver(long id, Instant now, Instant leaseUntil) {
    int taken =
        jdbc.update(
            "UPDATE digests SET lease_until = ?, attempts = attempts + 1 WHERE id = ? AND status = ?"
                + " AND (lease_until IS NULL OR lease_until <= ?)",
            statement -> {
              statement.setObject(1, Jdbc.timestamp(leaseUntil));
              statement.setLong(2, id);
              statement.setString(3, Status.PENDING.name());
              statement.setObject(4, Jdbc.timestamp(now));
            });
    return taken == 0 ? Optional.empty() : byId(id);
  }

  @Override
  public List<LedgerEntry> unheldPending(Instant now) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM digests WHERE status = ? AND (lease_until IS NULL OR lease_until <= ?)"
            + " ORDER BY id",
        statement -> {
          statement.setString(1, Status.PENDING.name());
          statement.setObject(2, Jdbc.timestamp(now));
        },
        JdbcDeliveryLedger::entry);
  }

  @Override
  public void recordError(long id, String error) {
    jdbc.update(
        "UPDATE digests SET last_error = ? WHERE id = ?",
        statement -> {
          statement.setString(1, shorten(error));
          statement.setLong(2, id);
        });
  }

  @Override
  public void markSent(long id, Instant now) {
    finish(id, Status.SENT, null, now);
  }

  @Override
  public void markFailed(long id, String why, Instant now) {
    finish(id, Status.FAILED, why, now);
  }

  @Override
  public void renew(long id, Instant leaseUntil) {
    jdbc.update(
        "UPDATE digests SET lease_until = ? WHERE id = ? AND status = ?",
        statement -> {
          statement.setObject(1, Jdbc.timestamp(leaseUntil));
          statement.setLong(2, id);
          statement.setString(3, Status.PENDING.name());
        });
  }

  @Override
  public void release(long id) {
    jdbc.update(
        "UPDATE digests SET lease_until = NULL WHERE id = ? AND status = ?",
        statement -> {
          statement.setLong(1, id);
          statement.setString(2, Status.PENDING.name());
        });
  }

  @Override
  public Optional<LedgerEntry> byId(long id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM digests WHERE id = ?",
            statement -> statement.setLong(1, id),
            JdbcDeliveryLedger::entry)
        .stream()
        .findFirst();
  }

  private void finish(long id, Status status, @Nullable String note, Instant now) {
    jdbc.update(
        "UPDATE digests SET status = ?, note = ?, sent_at = ?, lease_until = NULL WHERE id = ?",
        statement -> {
          statement.setString(1, status.name());
          statement.setString(2, shorten(note));
          statement.setObject(3, status == Status.SENT ? Jdbc.timestamp(now) : null);
          statement.setLong(4, id);
        });
  }

  private static void insertDigest(
      Connection connection,
      ChannelRef channel,
      LocalDate date,
      Status status,
      @Nullable String note,
      String body,
      Instant now,
      @Nullable Instant leaseUntil)
      throws SQLException {
    Jdbc.update(
        connection,
        "INSERT INTO digests (platform, workspace, channel, digest_date, status, note, body,"
            + " attempts, lease_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          Jdbc.bindChannel(statement, 1, channel);
          statement.setObject(4, date);
          statement.setString(5, status.name());
          statement.setString(6, shorten(note));
          statement.setString(7, body);
          statement.setInt(8, status == Status.PENDING ? 1 : 0);
          statement.setObject(9, leaseUntil == null ? null : Jdbc.timestamp(leaseUntil));
          statement.setObject(10, Jdbc.timestamp(now));
        });
  }

  private static LedgerEntry entryIn(Connection connection, ChannelRef channel, LocalDate date)
      throws SQLException {
    return Jdbc.query(
            connection,
            "SELECT " + COLUMNS + " FROM digests WHERE " + BY_CHANNEL + " AND digest_date = ?",
            statement -> {
              Jdbc.bindChannel(statement, 1, channel);
              statement.setObject(4, date);
            },
            JdbcDeliveryLedger::entry)
        .get(0);
  }

  private static LedgerEntry entry(ResultSet row) throws SQLException {
    return new LedgerEntry(
        row.getLong("id"),
        Jdbc.channel(row, "digests"),
        row.getObject("digest_date", LocalDate.class),
        Status.valueOf(row.getString("status")),
        row.getString("body"),
        row.getInt("attempts"));
  }

  private static @Nullable String shorten(@Nullable String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }
}
