package paperradar.core.ingest;

import org.jspecify.annotations.Nullable;

/**
 * The version an arXiv id carries ({@code 2202.06834v2} is version 2), as feeds announce it.
 *
 * <p>Read by hand, once per entry: the first {@code v} that closes an id ({@code 2202.06834v}, or
 * {@code hep-th/9901001v}, {@code math.GT/0309136v}) and is followed by one to four digits and no
 * fifth. That is the match of {@code
 * (?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})v(\d{1,4})(?!\d)} a regex search finds first: two
 * ids' matches cannot overlap, so the leftmost match is the one of the leftmost such {@code v}.
 */
final class ArxivVersion {

  private ArxivVersion() {}

  /** The first version number in the text, or null when no id there carries one. */
  static @Nullable Integer find(@Nullable String text) {
    if (text == null) {
      return null;
    }
    for (int v = text.indexOf('v'); v >= 0; v = text.indexOf('v', v + 1)) {
      int digits = digitsFrom(text, v + 1);
      if (digits >= 1 && digits <= 4 && closesId(text, v)) {
        return Integer.valueOf(text.substring(v + 1, v + 1 + digits));
      }
    }
    return null;
  }

  /** Whether an id ends right before {@code v}: new style, or old style with or without class. */
  private static boolean closesId(String text, int v) {
    return closesNewStyle(text, v, 4) || closesNewStyle(text, v, 5) || closesOldStyle(text, v);
  }

  /** {@code \d{4}\.\d{n}} right before {@code v}. */
  private static boolean closesNewStyle(String text, int v, int number) {
    int dot = v - number - 1;
    return dot >= 4
        && text.charAt(dot) == '.'
        && digitsFrom(text, dot - 4) >= 4
        && digitsFrom(text, dot + 1) >= number;
  }

  /** {@code [a-z-]+(?:\.[A-Z]{2})?/\d{7}} right before {@code v}. */
  private static boolean closesOldStyle(String text, int v) {
    int slash = v - 8;
    if (slash < 1 || text.charAt(slash) != '/' || digitsFrom(text, slash + 1) < 7) {
      return false;
    }
    if (isArchiveChar(text.charAt(slash - 1))) {
      return true;
    }
    int dot = slash - 3;
    return dot >= 1
        && text.charAt(dot) == '.'
        && isCapital(text.charAt(dot + 1))
        && isCapital(text.charAt(dot + 2))
        && isArchiveChar(text.charAt(dot - 1));
  }

  /** How many ASCII digits (the regex's {@code \d}) follow from {@code from} on. */
  private static int digitsFrom(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static boolean isArchiveChar(char c) {
    return (c >= 'a' && c <= 'z') || c == '-';
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
