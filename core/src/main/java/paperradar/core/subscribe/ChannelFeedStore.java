package paperradar.core.subscribe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import paperradar.core.model.ChannelRef;

/** The feeds channels added themselves; the poller fetches each URL once, whoever follows it. */
public interface ChannelFeedStore {

  /** The most feeds one channel can have. */
  int MAX_FEEDS_PER_CHANNEL = 10;

  /**
   * Adds a feed to the channel.
   *
   * @throws FeedRefusedException when the channel has it already, or has {@link
   *     #MAX_FEEDS_PER_CHANNEL}
   */
  ChannelFeed add(
      ChannelRef channel, String url, Optional<String> format, String userId, Instant now);

  /** The channel's feeds, oldest first: their numbers in {@code feed list} count from 1. */
  List<ChannelFeed> feeds(ChannelRef channel);

  /** Removes the channel's feed of this number (from 1, as {@code feed list} shows). */
  Optional<ChannelFeed> remove(ChannelRef channel, int number);

  /** Every channel's feeds, oldest first. */
  List<ChannelFeed> allFeeds();

  /** The channels that follow this URL. */
  List<ChannelRef> channelsFollowing(String url);

  /**
   * The papers that listings of this name showed since a moment, each with its latest sighting,
   * newest first. A polled feed's listing is named by its URL with secrets masked.
   */
  Map<Long, Instant> papersSighted(String listing, Instant since);
}
