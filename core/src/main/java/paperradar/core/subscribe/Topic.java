package paperradar.core.subscribe;

import java.time.Instant;
import paperradar.core.model.ChannelRef;

/**
 * One topic a channel subscribed to: a search query that new papers are matched against, or, when
 * it starts with {@code ~}, a phrase that papers are matched against by meaning (a semantic topic).
 *
 * @param createdBy the platform's id of the user who subscribed
 */
public record Topic(
    long id, ChannelRef channel, String query, String createdBy, Instant createdAt) {

  /** The mark that makes a topic semantic: {@code ~"efficient long-context attention"}. */
  public static final String SEMANTIC_MARK = "~";

  /** Whether the topic is matched by meaning (a leading {@code ~}) rather than by its words. */
  public boolean isSemantic() {
    return query.strip().startsWith(SEMANTIC_MARK);
  }

  /** How {@code /papers topics} names its kind. */
  public String kind() {
    return isSemantic() ? "semantic" : "keywords";
  }
}
