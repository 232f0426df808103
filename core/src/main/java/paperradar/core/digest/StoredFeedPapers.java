package paperradar.core.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import paperradar.core.model.ChannelRef;
import paperradar.core.subscribe.ChannelFeed;
import paperradar.core.subscribe.ChannelFeedStore;
import paperradar.core.text.UrlRedaction;

/**
 * The papers a channel's feeds showed, read from the store's sightings: a polled feed's listing is
 * named by its URL with secrets masked. A feed counts from the moment it was added, so a feed added
 * today brings what it lists today, never what another channel's copy of it showed last week.
 */
public final class StoredFeedPapers implements FeedPapers {

  private final ChannelFeedStore feeds;

  public StoredFeedPapers(ChannelFeedStore feeds) {
    this.feeds = feeds;
  }

  @Override
  public List<FeedPaper> since(ChannelRef channel, Instant since) {
    Map<Long, Seen> lastSeen = new HashMap<>();
    for (ChannelFeed feed : feeds.feeds(channel)) {
      Instant from = feed.addedAt().isAfter(since) ? feed.addedAt() : since;
      String listing = UrlRedaction.redact(feed.url());
      feeds
          .papersSighted(listing, from)
          .forEach(
              (paperId, seen) -> {
                Seen known = lastSeen.get(paperId);
                if (known == null || seen.isAfter(known.at())) {
                  lastSeen.put(paperId, new Seen(paperId, seen, listing));
                }
              });
    }
    List<Seen> newestFirst = new ArrayList<>(lastSeen.values());
    newestFirst.sort(
        Comparator.comparing(Seen::at, Comparator.reverseOrder())
            .thenComparing(Seen::paperId, Comparator.reverseOrder()));
    return newestFirst.stream().map(seen -> new FeedPaper(seen.paperId(), seen.feed())).toList();
  }

  private record Seen(long paperId, Instant at, String feed) {}
}
