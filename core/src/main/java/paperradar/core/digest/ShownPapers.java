package paperradar.core.digest;

import java.util.Collection;
import java.util.Set;
import paperradar.core.model.ChannelRef;

/** What each channel has been shown: a paper is new to a channel until it is in here. */
public interface ShownPapers {

  /** Of these papers, those the channel has already been shown. */
  Set<Long> shownTo(ChannelRef channel, Collection<Long> paperIds);
}
