package paperradar.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The chat platforms a channel can be on. Each has a lower-case id, which is what the database, the
 * logs, the metrics and the command line show ({@code slack:T1:C1}).
 */
public enum Platform {
  SLACK("slack"),
  DISCORD("discord"),
  /** The local console: {@code run} without tokens and {@code ask}. */
  CONSOLE("console"),
  /** Digests POSTed as JSON to one URL; it answers no commands. */
  WEBHOOK("webhook");

  private final String id;

  Platform(String id) {
    this.id = id;
  }

  /** The lower-case id stored and shown, e.g. {@code slack}. */
  public String id() {
    return id;
  }

  /**
   * The platform with this id.
   *
   * @throws IllegalArgumentException naming the value and the known ids when none has it
   */
  public static Platform fromId(String id) {
    for (Platform platform : values()) {
      if (platform.id.equals(id)) {
        return platform;
      }
    }
    throw new IllegalArgumentException("unknown platform \"" + id + "\" (known: " + ids() + ")");
  }

  /** The ids, comma-separated, for error messages and help. */
  public static String ids() {
    return Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", "));
  }

  /** The id, so that logs and string concatenation read as before the type existed. */
  @Override
  public String toString() {
    return id;
  }
}
