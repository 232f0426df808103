package paperradar.core.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The version an arXiv id carries ({@code 2202.06834v2} is version 2), as feeds announce it. */
final class ArxivVersion {

  private static final Pattern VERSIONED =
      Pattern.compile("(?:\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})v(\\d{1,4})(?!\\d)");

  private ArxivVersion() {}

  /** The first version number in the text, or null when no id there carries one. */
  static @Nullable Integer find(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = VERSIONED.matcher(text);
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }
}
