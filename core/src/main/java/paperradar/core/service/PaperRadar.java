package paperradar.core.service;

import java.time.Clock;
import paperradar.core.digest.DigestComposer;
import paperradar.core.rank.TrendingService;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.TopicListener;
import paperradar.core.subscribe.TopicStore;

/** The core services the command handler answers from. */
public record PaperRadar(PaperStore store, PaperIndex index, TrendingService trending, TopicStore topics,
    TopicListener topicListener, ChannelStore channels, DigestComposer digests, Clock clock) {}
