package paperradar.core.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.rank.TrendWindow;
import paperradar.core.rank.TrendingEntry;
import paperradar.core.rank.TrendingService;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.Topic;
import paperradar.core.subscribe.TopicMatch;
import paperradar.core.subscribe.TopicStore;

/**
 * Composes a channel's digest from its topic matches and the day's trending papers, leaving out every
 * paper the channel has been shown.
 */
public final class DigestComposer {

  /** Matches older than this are not digest material any more. */
  static final Duration MATCH_LOOKBACK = Duration.ofDays(7);
  static final int MAX_PER_TOPIC = 10;
  static final int MAX_TRENDING = 5;
  /** Trending candidates read, so that enough remain once shown papers are left out. */
  private static final int TRENDING_CANDIDATES = 200;

  private final PaperStore store;
  private final TopicStore topics;
  private final TrendingService trending;
  private final ShownPapers shown;
  private final Clock clock;

  public DigestComposer(PaperStore store, TopicStore topics, TrendingService trending, ShownPapers shown,
      Clock clock) {
    this.store = store;
    this.topics = topics;
    this.trending = trending;
    this.shown = shown;
    this.clock = clock;
  }

  public Digest compose(ChannelRef channel, ZoneId zone) {
    LocalDate date = LocalDate.now(clock.withZone(zone));
    Set<Long> placed = new HashSet<>();
    List<Digest.TopicSection> sections = topicSections(channel, placed);
    List<TrendingEntry> candidates = trending.trending(TrendWindow.DAY, Optional.empty(), TRENDING_CANDIDATES);
    Set<Long> alreadyShown = shown.shownTo(channel, candidates.stream().map(e -> e.paper().id()).toList());
    List<Digest.Item> top = candidates.stream()
        .filter(entry -> !alreadyShown.contains(entry.paper().id()) && !placed.contains(entry.paper().id()))
        .limit(MAX_TRENDING)
        .map(entry -> new Digest.Item(entry.paper(), entry.why()))
        .toList();
    return new Digest(channel, date, sections, top);
  }

  private List<Digest.TopicSection> topicSections(ChannelRef channel, Set<Long> placed) {
    List<TopicMatch> matches = topics.matchesSince(channel, clock.instant().minus(MATCH_LOOKBACK));
    Set<Long> alreadyShown = shown.shownTo(channel, matches.stream().map(TopicMatch::paperId).toList());
    Map<Long, List<Long>> papersByTopic = new LinkedHashMap<>();
    for (TopicMatch match : matches) {
      if (!alreadyShown.contains(match.paperId())) {
        papersByTopic.computeIfAbsent(match.topicId(), id -> new ArrayList<>()).add(match.paperId());
      }
    }
    List<Digest.TopicSection> sections = new ArrayList<>();
    for (Topic topic : topics.topics(channel)) {
      List<Long> ids = papersByTopic.getOrDefault(topic.id(), List.of()).stream()
          .filter(id -> !placed.contains(id)).toList();
      List<Digest.Item> items = bestFirst(ids).stream().limit(MAX_PER_TOPIC).toList();
      items.forEach(item -> placed.add(item.paper().id()));
      if (!items.isEmpty()) {
        sections.add(new Digest.TopicSection(topic, items));
      }
    }
    return sections;
  }

  /** Ranked as trending over the week; papers not seen in it follow, newest first. */
  private List<Digest.Item> bestFirst(List<Long> paperIds) {
    if (paperIds.isEmpty()) {
      return List.of();
    }
    List<Digest.Item> items = new ArrayList<>();
    Set<Long> ranked = new HashSet<>();
    for (TrendingEntry entry : trending.rank(paperIds, TrendWindow.WEEK)) {
      items.add(new Digest.Item(entry.paper(), entry.why()));
      ranked.add(entry.paper().id());
    }
    List<Long> rest = paperIds.stream().filter(id -> !ranked.contains(id)).sorted(Comparator.reverseOrder()).toList();
    for (Paper paper : store.papers(rest)) {
      items.add(new Digest.Item(paper, "new"));
    }
    return items;
  }
}
