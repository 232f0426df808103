package paperradar.core.subscribe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;
import paperradar.core.store.StoreException;

/** Channels' own feeds in the {@code channel_feeds} table, on H2 or PostgreSQL. */
public final class JdbcChannelFeedStore implements ChannelFeedStore {

  private static final String COLUMNS =
      "id, platform, workspace, channel, url, format, added_by, added_at";
  private static final String BY_CHANNEL = "platform = ? AND workspace = ? AND channel = ?";

  private final Jdbc jdbc;

  public JdbcChannelFeedStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public ChannelFeed add(
      ChannelRef channel, String url, Optional<String> format, String userId, Instant now) {
    try {
      return jdbc.inTransaction(
          connection -> insert(connection, channel, url, format, userId, now));
    } catch (SQLException e) {
      if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw alreadyFollowed();
      }
      throw new StoreException("storing the feed failed", e);
    }
  }

  private static ChannelFeed insert(
      Connection connection,
      ChannelRef channel,
      String url,
      Optional<String> format,
      String userId,
      Instant now)
      throws SQLException {
    List<ChannelFeed> existing =
        Jdbc.query(
            connection,
            "SELECT " + COLUMNS + " FROM channel_feeds WHERE " + BY_CHANNEL,
            statement -> Jdbc.bindChannel(statement, 1, channel),
            JdbcChannelFeedStore::feed);
    if (existing.stream().anyMatch(feed -> feed.url().equals(url))) {
      throw alreadyFollowed();
    }
    if (existing.size() >= MAX_FEEDS_PER_CHANNEL) {
      throw new FeedRefusedException(
          "this channel already has "
              + MAX_FEEDS_PER_CHANNEL
              + " feeds, the most it can have; remove one first");
    }
    Jdbc.update(
        connection,
        "INSERT INTO channel_feeds (platform, workspace, channel, url, format, added_by, added_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          Jdbc.bindChannel(statement, 1, channel);
          statement.setString(4, url);
          statement.setString(5, format.orElse(null));
          statement.setString(6, userId);
          statement.setObject(7, Jdbc.timestamp(now));
        });
    return Jdbc.query(
            connection,
            "SELECT " + COLUMNS + " FROM channel_feeds WHERE " + BY_CHANNEL + " AND url = ?",
            statement -> {
              Jdbc.bindChannel(statement, 1, channel);
              statement.setString(4, url);
            },
            JdbcChannelFeedStore::feed)
        .get(0);
  }

  private static FeedRefusedException alreadyFollowed() {
    return new FeedRefusedException("this channel already follows that feed");
  }

  @Override
  public List<ChannelFeed> feeds(ChannelRef channel) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM channel_feeds WHERE " + BY_CHANNEL + " ORDER BY id",
        statement -> Jdbc.bindChannel(statement, 1, channel),
        JdbcChannelFeedStore::feed);
  }

  @Override
  public Optional<ChannelFeed> remove(ChannelRef channel, int number) {
    List<ChannelFeed> feeds = feeds(channel);
    if (number < 1 || number > feeds.size()) {
      return Optional.empty();
    }
    ChannelFeed feed = feeds.get(number - 1);
    jdbc.update("DELETE FROM channel_feeds WHERE id = ?", s -> s.setLong(1, feed.id()));
    return Optional.of(feed);
  }

  @Override
  public List<ChannelFeed> allFeeds() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM channel_feeds ORDER BY id",
        statement -> {},
        JdbcChannelFeedStore::feed);
  }

  @Override
  public List<ChannelRef> channelsFollowing(String url) {
    return jdbc.query(
        "SELECT platform, workspace, channel FROM channel_feeds WHERE url = ? ORDER BY id",
        statement -> statement.setString(1, url),
        row -> Jdbc.channel(row, "channel_feeds"));
  }

  @Override
  public Map<Long, Instant> papersSighted(String listing, Instant since) {
    Map<Long, Instant> sighted = new LinkedHashMap<>();
    jdbc.query(
        "SELECT paper_id, MAX(captured_at) AS last_seen FROM sightings"
            + " WHERE capture_id IN (SELECT id FROM captures WHERE input = ? AND captured_at >= ?)"
            + " GROUP BY paper_id ORDER BY last_seen DESC,"
            + " paper_id DESC",
        statement -> {
          statement.setString(1, listing);
          statement.setObject(2, Jdbc.timestamp(since));
        },
        row -> sighted.put(row.getLong("paper_id"), Jdbc.instant(row, "last_seen")));
    return sighted;
  }

  private static ChannelFeed feed(ResultSet row) throws SQLException {
    String format = row.getString("format");
    return new ChannelFeed(
        row.getLong("id"),
        Jdbc.channel(row, "channel_feeds"),
        row.getString("url"),
        Optional.ofNullable(format),
        row.getString("added_by"),
        Jdbc.instant(row, "added_at"));
  }
}
