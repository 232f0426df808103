package paperradar.core.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;
import paperradar.core.rank.TrendWindow;
import paperradar.core.rank.TrendingEntry;
import paperradar.core.rank.TrendingService;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.Topic;
import paperradar.core.subscribe.TopicMatch;
import paperradar.core.subscribe.TopicStore;

/**
 * Composes a channel's digest from its topic matches and the day's trending papers, leaving out
 * every paper the channel has been shown.
 *
 * <p>A topic shows its best new papers: ranked by relevance (the week's trending score; a paper not
 * seen in the week after those that were), then by recency (published, else first seen, newest
 * first), never by title. New means published in the last {@link #MATCH_LOOKBACK}, or, for an
 * undated paper, first seen then in a listing of new papers (see {@link NewPapersRule}).
 */
public final class DigestComposer {

  /**
   * Matches older than this are not digest material any more; it is also the window of what is new.
   */
  static final Duration MATCH_LOOKBACK = Duration.ofDays(7);

  /** How many papers a topic shows when the configuration says nothing. */
  public static final int DEFAULT_PER_TOPIC = 5;

  static final int MAX_TRENDING = 5;

  /** How many papers "From your feeds" shows; the rest wait for the next digest. */
  static final int MAX_FROM_FEEDS = 10;

  /** Trending candidates read, so that enough remain once shown papers are left out. */
  private static final int TRENDING_CANDIDATES = 200;

  private final PaperStore store;
  private final TopicStore topics;
  private final TrendingService trending;
  private final ShownPapers shown;
  private final Clock clock;
  private final int perTopic;
  private final Sections sections;

  public DigestComposer(
      PaperStore store,
      TopicStore topics,
      TrendingService trending,
      ShownPapers shown,
      Clock clock) {
    this(store, topics, trending, shown, clock, DEFAULT_PER_TOPIC);
  }

  /**
   * @param perTopic how many papers each topic shows at most ({@code digest.perTopic})
   */
  public DigestComposer(
      PaperStore store,
      TopicStore topics,
      TrendingService trending,
      ShownPapers shown,
      Clock clock,
      int perTopic) {
    this(store, topics, trending, shown, clock, perTopic, Sections.NONE);
  }

  /**
   * The sections a channel earns by what it does, each with what fills it.
   *
   * @param feedPapers what the channel's own feeds showed ("From your feeds")
   * @param forYou the "For you" section's papers ({@link ForYouSection#OFF} for none)
   * @param followUps what fills "Since you saw them", or null for a digest without it
   */
  public record Sections(
      FeedPapers feedPapers, ForYouSection forYou, @Nullable FollowUpFinder followUps) {
    /** None of them. */
    public static final Sections NONE = new Sections(FeedPapers.NONE, ForYouSection.OFF, null);
  }

  /**
   * @param sections what fills the sections a channel earns
   */
  public DigestComposer(
      PaperStore store,
      TopicStore topics,
      TrendingService trending,
      ShownPapers shown,
      Clock clock,
      int perTopic,
      Sections sections) {
    if (perTopic < 1) {
      throw new IllegalArgumentException("digest.perTopic must be at least 1, not " + perTopic);
    }
    this.store = store;
    this.topics = topics;
    this.trending = trending;
    this.shown = shown;
    this.clock = clock;
    this.perTopic = perTopic;
    this.sections = sections;
  }

  public Digest compose(ChannelRef channel, ZoneId zone) {
    Instant now = clock.instant();
    LocalDate date = LocalDate.ofInstant(now, zone);
    Set<Long> placed = new HashSet<>();
    List<Digest.TopicSection> byTopic =
        topicSections(channel, now.minus(MATCH_LOOKBACK), zone, placed);
    // The channel's own feeds before trending: a paper the channel asked for by its feed is shown
    // as such, and trending makes room for another.
    List<Digest.Item> fromFeeds = fromFeeds(channel, now.minus(MATCH_LOOKBACK), placed);
    List<TrendingEntry> candidates =
        trending.trending(TrendWindow.DAY, Optional.empty(), TRENDING_CANDIDATES);
    Set<Long> alreadyShown =
        shown.shownTo(channel, candidates.stream().map(e -> e.paper().id()).toList());
    List<Digest.Item> top =
        candidates.stream()
            .filter(
                entry ->
                    !alreadyShown.contains(entry.paper().id())
                        && !placed.contains(entry.paper().id()))
            .limit(MAX_TRENDING)
            .map(entry -> item(entry.paper(), entry.why()))
            .toList();
    top.forEach(item -> placed.add(item.paper().id()));
    List<Digest.Item> forYouItems =
        sections.forYou().compose(channel, now.minus(MATCH_LOOKBACK), zone, placed, this::newItem);
    FollowUpFinder followUps = sections.followUps();
    List<FollowUpFinder.FollowUp> cameBack =
        followUps == null ? List.of() : followUps.find(channel);
    return new Digest(
        channel,
        date,
        byTopic,
        top,
        forYouItems,
        cameBack.stream().map(back -> item(back.paper(), back.why())).toList(),
        fromFeeds,
        cameBack.stream()
            .collect(
                Collectors.toMap(
                    back -> back.paper().id(), FollowUpFinder.FollowUp::kinds, (a, b) -> a)));
  }

  /**
   * "From your feeds": the newest papers the channel's own feeds showed in the lookback, without a
   * topic, that it was not shown and that no other section of this digest holds.
   */
  private List<Digest.Item> fromFeeds(ChannelRef channel, Instant since, Set<Long> placed) {
    List<FeedPapers.FeedPaper> candidates = sections.feedPapers().since(channel, since);
    if (candidates.isEmpty()) {
      return List.of();
    }
    Set<Long> alreadyShown =
        shown.shownTo(channel, candidates.stream().map(FeedPapers.FeedPaper::paperId).toList());
    List<FeedPapers.FeedPaper> fresh =
        candidates.stream()
            .filter(c -> !alreadyShown.contains(c.paperId()) && !placed.contains(c.paperId()))
            .limit(MAX_FROM_FEEDS)
            .toList();
    Map<Long, Paper> papers =
        store.papers(fresh.stream().map(FeedPapers.FeedPaper::paperId).toList()).stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    List<Digest.Item> items = new ArrayList<>();
    for (FeedPapers.FeedPaper candidate : fresh) {
      Paper paper = papers.get(candidate.paperId());
      if (paper != null) {
        items.add(item(paper, "from your feed " + candidate.feed()));
        placed.add(paper.id());
      }
    }
    return items;
  }

  private List<Digest.TopicSection> topicSections(
      ChannelRef channel, Instant since, ZoneId zone, Set<Long> placed) {
    List<TopicMatch> matches = topics.matchesSince(channel, since);
    Set<Long> alreadyShown =
        shown.shownTo(channel, matches.stream().map(TopicMatch::paperId).toList());
    Map<Long, Set<Long>> papersByTopic = new LinkedHashMap<>();
    for (TopicMatch match : matches) {
      if (!alreadyShown.contains(match.paperId())) {
        papersByTopic
            .computeIfAbsent(match.topicId(), id -> new LinkedHashSet<>())
            .add(match.paperId());
      }
    }
    Map<Long, Paper> fresh = newPapers(papersByTopic, since, zone);
    Map<Long, TrendingEntry> ranked =
        fresh.isEmpty()
            ? Map.of()
            : trending.rank(fresh.keySet(), TrendWindow.WEEK).stream()
                .collect(Collectors.toMap(entry -> entry.paper().id(), Function.identity()));
    Comparator<Paper> bestFirst = bestFirst(ranked);
    List<Digest.TopicSection> sections = new ArrayList<>();
    for (Topic topic : topics.topics(channel)) {
      List<Paper> papers =
          papersByTopic.getOrDefault(topic.id(), Set.of()).stream()
              .filter(id -> fresh.containsKey(id) && !placed.contains(id))
              .map(fresh::get)
              .sorted(bestFirst)
              .toList();
      List<Digest.Item> items =
          papers.stream()
              .limit(perTopic)
              .map(
                  paper ->
                      item(
                          paper,
                          ranked.containsKey(paper.id()) ? ranked.get(paper.id()).why() : "new"))
              .toList();
      items.forEach(item -> placed.add(item.paper().id()));
      if (!items.isEmpty()) {
        sections.add(new Digest.TopicSection(topic, items, papers.size() - items.size()));
      }
    }
    return sections;
  }

  /** Of the matched papers, those that are new, by id. */
  private Map<Long, Paper> newPapers(
      Map<Long, Set<Long>> papersByTopic, Instant since, ZoneId zone) {
    List<Long> ids = papersByTopic.values().stream().flatMap(Set::stream).distinct().toList();
    NewPapersRule rule = new NewPapersRule(store, since, zone);
    return store.papers(ids).stream()
        .filter(rule::isNew)
        .collect(Collectors.toMap(Paper::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Relevance first: papers with points counted in the week, then the rest of those seen in it,
   * each by trending score; papers not seen in the week after them. Then the newer paper, then the
   * later stored.
   */
  private static Comparator<Paper> bestFirst(Map<Long, TrendingEntry> ranked) {
    Comparator<Paper> byTier =
        Comparator.comparingInt(
            paper -> {
              TrendingEntry entry = ranked.get(paper.id());
              return entry == null ? 2 : entry.momentum() > 0 ? 0 : 1;
            });
    return byTier
        .thenComparing(
            paper -> ranked.containsKey(paper.id()) ? ranked.get(paper.id()).score() : 0.0,
            Comparator.reverseOrder())
        .thenComparing(DigestComposer::day, Comparator.reverseOrder())
        .thenComparing(Paper::firstSeen, Comparator.reverseOrder())
        .thenComparing(Paper::id, Comparator.reverseOrder());
  }

  /** The day a paper dates from: its publication, else its first sighting (UTC). */
  static LocalDate day(Paper paper) {
    return paper.published() != null
        ? paper.published()
        : LocalDate.ofInstant(paper.firstSeen(), ZoneOffset.UTC);
  }

  private Digest.Item newItem(Paper paper) {
    return item(paper, "new");
  }

  private Digest.Item item(Paper paper, String why) {
    return new Digest.Item(paper, why, link(paper));
  }

  /** The arXiv abstract page, else the latest link a listing gave for the paper, else null. */
  private @Nullable String link(Paper paper) {
    ArxivId arxivId = paper.arxivId();
    if (arxivId != null) {
      return arxivId.absUrl();
    }
    String link = null;
    for (Sighting sighting : store.sightings(paper.id())) {
      String url = sighting.url();
      if (url != null && !url.isBlank()) {
        link = url;
      }
    }
    return link;
  }
}
