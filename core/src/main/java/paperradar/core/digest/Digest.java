package paperradar.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.subscribe.Topic;

/**
 * One channel's digest: the new papers of each of its topics, then the day's top trending papers it
 * has not been shown.
 *
 * @param date the channel's local date the digest is for
 */
public record Digest(ChannelRef channel, LocalDate date, List<TopicSection> topics, List<Item> trending) {

  public Digest {
    topics = List.copyOf(topics);
    trending = List.copyOf(trending);
  }

  /** One paper and its one-line why. */
  public record Item(Paper paper, String why) {}

  /** A topic and its papers, best first. */
  public record TopicSection(Topic topic, List<Item> items) {
    public TopicSection {
      items = List.copyOf(items);
    }
  }

  public boolean isEmpty() {
    return topics.stream().allMatch(section -> section.items().isEmpty()) && trending.isEmpty();
  }

  /** Every paper in it, topics first, each once. */
  public List<Paper> papers() {
    return Stream.concat(topics.stream().flatMap(section -> section.items().stream()), trending.stream())
        .map(Item::paper).toList();
  }
}
