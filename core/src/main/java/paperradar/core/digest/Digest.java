package paperradar.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.subscribe.Topic;

/**
 * One channel's digest: the new papers of each of its topics, then the day's top trending papers it
 * has not been shown.
 *
 * @param date the channel's local date the digest is for
 */
public record Digest(
    ChannelRef channel, LocalDate date, List<TopicSection> topics, List<Item> trending) {

  public Digest {
    topics = List.copyOf(topics);
    trending = List.copyOf(trending);
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
    return topics.stream().allMatch(section -> section.items().isEmpty()) && trending.isEmpty();
  }

  /** Every paper in it, topics first, each once. */
  public List<Paper> papers() {
    return Stream.concat(
            topics.stream().flatMap(section -> section.items().stream()), trending.stream())
        .map(Item::paper)
        .toList();
  }
}
