package paperradar.core.assembly;

import java.time.Instant;
import paperradar.core.model.ChannelRef;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchSort;

/** What the change-feed tests ask of a core: how many papers a query finds, how many matched. */
final class CoreProbes {

  private CoreProbes() {}

  static long hits(RadarCore core, String query) {
    return core.index().search(new SearchRequest(query, 50, 0, SearchSort.RELEVANCE)).totalHits();
  }

  static int matches(RadarCore core, ChannelRef channel) {
    return core.topics().matchCounts(channel, Instant.EPOCH).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }
}
