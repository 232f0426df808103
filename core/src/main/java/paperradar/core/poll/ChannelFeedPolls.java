package paperradar.core.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.subscribe.ChannelFeed;
import paperradar.core.subscribe.ChannelFeedStore;

/**
 * The feeds channels added themselves, as sources to poll: each URL once, however many channels
 * follow it, every {@code channelFeeds.intervalMinutes}. A URL that is also a configured source is
 * left to that source's schedule. The poller that fetches them must be guarded ({@link
 * paperradar.core.ingest.FeedFetcher#guardedBy}): what a name resolves to is checked again at every
 * fetch.
 */
public final class ChannelFeedPolls {

  private final ChannelFeedStore feeds;
  private final SourceHealthStore health;
  private final Set<String> globalSources;
  private final Duration interval;
  private final Clock clock;

  /**
   * @param globalSources the configured sources' URLs, polled on their own schedule
   * @param interval how often each channel feed is polled
   */
  public ChannelFeedPolls(
      ChannelFeedStore feeds,
      SourceHealthStore health,
      Set<String> globalSources,
      Duration interval,
      Clock clock) {
    this.feeds = feeds;
    this.health = health;
    this.globalSources = Set.copyOf(globalSources);
    this.interval = interval;
    this.clock = clock;
  }

  /**
   * Every URL channels follow, once each: the format the first channel to add it gave (or, when it
   * gave none, the first that any channel gave).
   */
  public List<Source> sources() {
    Map<String, Source> byUrl = new LinkedHashMap<>();
    for (ChannelFeed feed : feeds.allFeeds()) {
      if (globalSources.contains(feed.url())) {
        continue;
      }
      Source known = byUrl.get(feed.url());
      if (known == null || (known.format().isEmpty() && feed.format().isPresent())) {
        byUrl.put(
            feed.url(),
            new Source(feed.url(), feed.format().flatMap(ListingFormat::fromCliName), interval));
      }
    }
    return List.copyOf(byUrl.values());
  }

  /**
   * The sources whose interval has passed since their last fetch (or never fetched). A failing one
   * is also due by this rule; {@link SourcePoller#pollIfDue} then keeps its backoff.
   */
  public List<Source> due() {
    Instant now = clock.instant();
    return sources().stream().filter(source -> isDue(source, now)).toList();
  }

  private boolean isDue(Source source, Instant now) {
    Instant last = health.health(source.url()).lastPolledAt();
    return last == null || !now.isBefore(last.plus(source.interval()));
  }

  /** How often each channel feed is polled. */
  public Duration interval() {
    return interval;
  }

  /** The source of a URL channels follow, if any does. */
  public Optional<Source> source(String url) {
    return sources().stream().filter(source -> source.url().equals(url)).findFirst();
  }
}
