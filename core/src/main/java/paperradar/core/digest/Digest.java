package paperradar.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.subscribe.Topic;

/**
 * One channel's digest: the new papers of each of its topics, then the day's top trending papers it
 * has not been shown, then the sections a channel earns by what it did: "For you" (from its likes),
 * "Since you saw them" (follow-ups on papers it was shown) and "From your feeds" (its own feeds).
 *
 * @param date the channel's local date the digest is for
 * @param forYou new papers nearest to what the channel liked, away from what it disliked
 * @param followUps papers the channel was shown before that came back, each item's why saying what
 *     happened (a new version, momentum, a code link)
 * @param fromFeeds new papers from the feeds the channel added itself
 * @param followUpKinds what each follow-up paper comes back for: the ledger records it with the
 *     digest, so that each kind comes back once per channel and paper
 */
public record Digest(
    ChannelRef channel,
    LocalDate date,
    List<TopicSection> topics,
    List<Item> trending,
    List<Item> forYou,
    List<Item> followUps,
    List<Item> fromFeeds,
    Map<Long, Set<FollowUpKind>> followUpKinds) {

  public Digest {
    followUpKinds = Map.copyOf(followUpKinds);
    topics = List.copyOf(topics);
    trending = List.copyOf(trending);
    forYou = List.copyOf(forYou);
    followUps = List.copyOf(followUps);
    fromFeeds = List.copyOf(fromFeeds);
  }

  /** A digest whose follow-ups record nothing (a test's, or one without follow-ups). */
  public Digest(
      ChannelRef channel,
      LocalDate date,
      List<TopicSection> topics,
      List<Item> trending,
      List<Item> forYou,
      List<Item> followUps,
      List<Item> fromFeeds) {
    this(channel, date, topics, trending, forYou, followUps, fromFeeds, Map.of());
  }

  /** A digest of topics and trending only. */
  public Digest(
      ChannelRef channel, LocalDate date, List<TopicSection> topics, List<Item> trending) {
    this(channel, date, topics, trending, List.of(), List.of(), List.of());
  }

  /**
   * One paper, its one-line why and where its title links.
   *
   * @param link the arXiv abstract page, else the link a listing gave, or null when none did
   */
  public record Item(Paper paper, String why, @Nullable String link) {}

  /**
   * A topic and its best new papers, best first.
   *
   * @param more how many more new papers it matched than it shows
   */
  public record TopicSection(Topic topic, List<Item> items, int more) {
    public TopicSection {
      items = List.copyOf(items);
      if (more < 0) {
        throw new IllegalArgumentException("more must not be negative: " + more);
      }
    }
  }

  public boolean isEmpty() {
    return topics.stream().allMatch(section -> section.items().isEmpty())
        && trending.isEmpty()
        && forYou.isEmpty()
        && followUps.isEmpty()
        && fromFeeds.isEmpty();
  }

  /** Every paper in it, in the order shown: topics, trending, then the channel's own sections. */
  public List<Paper> papers() {
    return Stream.of(
            topics.stream().flatMap(section -> section.items().stream()),
            trending.stream(),
            forYou.stream(),
            followUps.stream(),
            fromFeeds.stream())
        .flatMap(items -> items)
        .map(Item::paper)
        .toList();
  }
}
