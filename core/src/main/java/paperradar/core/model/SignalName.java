package paperradar.core.model;

import java.util.Optional;

/**
 * The numeric signals a listing can carry about a paper. Their wire names are part of the export
 * contract.
 */
public enum SignalName {
  UPVOTES("upvotes"),
  HACKER_NEWS("hackerNews"),
  REDDIT("reddit"),
  COMMENTS("comments");

  private final String wireName;

  SignalName(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in JSON and in the database. */
  public String wireName() {
    return wireName;
  }

  /**
   * The signal standing at {@code value}, as a reader says it: {@code 1 upvote}, {@code 2 upvotes},
   * {@code HN 192}, {@code Reddit 40}, {@code 3 comments}. Every card and why line words it this
   * way.
   */
  public String level(long value) {
    return switch (this) {
      case UPVOTES -> plural(value, "upvote");
      case HACKER_NEWS -> "HN " + value;
      case REDDIT -> "Reddit " + value;
      case COMMENTS -> plural(value, "comment");
    };
  }

  /** {@code count} of {@code noun}, in correct English: {@code 1 upvote}, {@code 2 upvotes}. */
  public static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 || count == -1 ? "" : "s");
  }

  public static Optional<SignalName> fromWireName(String name) {
    for (SignalName signal : values()) {
      if (signal.wireName.equals(name)) {
        return Optional.of(signal);
      }
    }
    return Optional.empty();
  }
}
