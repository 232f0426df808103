package paperradar.core.digest;

import java.time.Instant;
import java.util.List;
import paperradar.core.model.ChannelRef;

/** What a channel's own feeds showed: the candidates of its "From your feeds" section. */
public interface FeedPapers {

  /** A channel without feeds. */
  FeedPapers NONE = (channel, since) -> List.of();

  /**
   * The papers the channel's feeds showed since a moment (and since each feed was added), newest
   * sighting first, each once, with the feed that showed it.
   */
  List<FeedPaper> since(ChannelRef channel, Instant since);

  /**
   * @param feed the feed's URL with its secrets masked, as the digest names it
   */
  record FeedPaper(long paperId, String feed) {}
}
