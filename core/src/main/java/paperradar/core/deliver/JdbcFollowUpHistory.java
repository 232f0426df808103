package paperradar.core.deliver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import paperradar.core.digest.FollowUpHistory;
import paperradar.core.digest.FollowUpKind;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;

/**
 * Follow-ups' history from the ledger's {@code shown_papers} and {@code follow_ups} and the store's
 * papers and sightings, on H2 or PostgreSQL: two queries a channel.
 */
public final class JdbcFollowUpHistory implements FollowUpHistory {

  private static final String BY_CHANNEL = "platform = ? AND workspace = ? AND channel = ?";

  private final Jdbc jdbc;

  public JdbcFollowUpHistory(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<Shown> shownTo(ChannelRef channel) {
    Map<Long, Set<FollowUpKind>> done = new HashMap<>();
    jdbc.query(
            "SELECT paper_id, kind FROM follow_ups WHERE " + BY_CHANNEL,
            statement -> Jdbc.bindChannel(statement, 1, channel),
            row -> Map.entry(row.getLong("paper_id"), FollowUpKind.valueOf(row.getString("kind"))))
        .forEach(
            kind ->
                done.computeIfAbsent(kind.getKey(), id -> EnumSet.noneOf(FollowUpKind.class))
                    .add(kind.getValue()));
    return new ArrayList<>(
        jdbc.query(
            "SELECT s.paper_id, s.shown_at, p.latest_version, p.code_url, p.code_url_at,"
                + " (SELECT MAX(g.version) FROM sightings g WHERE g.paper_id = s.paper_id"
                + " AND g.captured_at <= s.shown_at) AS version_then"
                + " FROM shown_papers s JOIN papers p ON p.id = s.paper_id"
                + " WHERE s.platform = ? AND s.workspace = ? AND s.channel = ?"
                + " ORDER BY s.shown_at, s.paper_id",
            statement -> Jdbc.bindChannel(statement, 1, channel),
            row ->
                new Shown(
                    row.getLong("paper_id"),
                    Jdbc.instant(row, "shown_at"),
                    (Integer) row.getObject("version_then", Integer.class),
                    (Integer) row.getObject("latest_version", Integer.class),
                    row.getString("code_url"),
                    Jdbc.instantOrNull(row, "code_url_at"),
                    done.getOrDefault(row.getLong("paper_id"), Set.of()))));
  }
}
