package paperradar.core.deliver;

import java.time.Instant;
import java.util.Optional;
import paperradar.core.model.ChannelRef;

/** The last notice each target got about each feed: at most one a day, and never the same twice. */
public interface FeedNoticeLedger {

  /**
   * @param broken whether it said the feed is broken (else that it works again)
   */
  record Notice(boolean broken, Instant at) {}

  Optional<Notice> last(ChannelRef target, String url);

  void record(ChannelRef target, String url, Notice notice);
}
