package paperradar.core.ingest;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads vote and point counts as pages show them: {@code 42}, {@code 1,234}, {@code 1.2k}. */
final class Counts {

  private static final Pattern COUNT =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d{1,12}|\\d{1,9}(?:\\.\\d)?[kK])");

  private Counts() {}

  static boolean isCount(String text) {
    return COUNT.matcher(text).matches();
  }

  static OptionalLong parse(String text) {
    Matcher matcher = COUNT.matcher(text.strip());
    if (!matcher.matches()) {
      return OptionalLong.empty();
    }
    String value = matcher.group(1).toLowerCase(Locale.ROOT).replace(",", "");
    if (value.endsWith("k")) {
      return OptionalLong.of(
          Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
    }
    return OptionalLong.of(Long.parseLong(value));
  }
}
