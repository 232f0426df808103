package paperradar.core.model;

import java.util.Optional;

/** The numeric signals a listing can carry about a paper. Their wire names are part of the export contract. */
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

  public static Optional<SignalName> fromWireName(String name) {
    for (SignalName signal : values()) {
      if (signal.wireName.equals(name)) {
        return Optional.of(signal);
      }
    }
    return Optional.empty();
  }
}
