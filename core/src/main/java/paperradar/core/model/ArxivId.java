package paperradar.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An arXiv identifier without its version: every version (v1, v2, …) of a paper has the same id.
 *
 * <p>New-style ids look like {@code 2403.18415} (or {@code 0704.0001}); old-style ids look like
 * {@code astro-ph/0601001}. An old-style id written with its subject class ({@code
 * math.GT/0309136}) is the same paper as the one without it, so the subject class is dropped.
 */
public record ArxivId(String value) {

  private static final Pattern NEW_STYLE =
      Pattern.compile("(?<![\\d.])(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?![\\d])");
  private static final Pattern OLD_STYLE =
      Pattern.compile(
          "(?<![A-Za-z-])([a-z]+(?:-[a-z]+)?)(?:\\.[A-Z]{2})?/(\\d{7})(?:v\\d+)?(?!\\d)");
  private static final Pattern ARXIV_CONTEXT =
      Pattern.compile(
          "(?i)(?:arxiv\\.org/(?:abs|pdf|html)/|arxiv:|oai:arxiv\\.org:|huggingface\\.co/papers/)\\s*");

  public ArxivId {
    Objects.requireNonNull(value, "value");
    if (!NEW_STYLE.matcher(value).matches() && !OLD_STYLE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an arXiv id: " + value);
    }
  }

  /**
   * Parses one id such as {@code 2403.18415v2}, {@code arXiv:2403.18415} or {@code
   * hep-th/9901001v1}.
   */
  public static Optional<ArxivId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    Matcher context = ARXIV_CONTEXT.matcher(trimmed);
    if (context.lookingAt()) {
      trimmed = trimmed.substring(context.end());
    }
    Matcher modern = NEW_STYLE.matcher(trimmed);
    if (modern.matches()) {
      return Optional.of(new ArxivId(modern.group(1)));
    }
    Matcher old = OLD_STYLE.matcher(trimmed);
    if (old.matches()) {
      return Optional.of(new ArxivId(old.group(1).toLowerCase(Locale.ROOT) + "/" + old.group(2)));
    }
    return Optional.empty();
  }

  /**
   * Finds an id in a URL or a line of text, but only where arXiv is named ({@code arxiv.org/abs/…},
   * {@code arXiv:…}, {@code huggingface.co/papers/…}), so that dates and version numbers in free
   * text are not mistaken for ids.
   */
  public static Optional<ArxivId> find(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher context = ARXIV_CONTEXT.matcher(text);
    while (context.find()) {
      String rest = text.substring(context.end());
      Matcher modern = NEW_STYLE.matcher(rest);
      if (modern.lookingAt()) {
        return Optional.of(new ArxivId(modern.group(1)));
      }
      Matcher old = OLD_STYLE.matcher(rest);
      if (old.lookingAt()) {
        return Optional.of(new ArxivId(old.group(1).toLowerCase(Locale.ROOT) + "/" + old.group(2)));
      }
    }
    return Optional.empty();
  }

  public String absUrl() {
    return "https://arxiv.org/abs/" + value;
  }

  public String pdfUrl() {
    return "https://arxiv.org/pdf/" + value;
  }

  @Override
  public String toString() {
    return value;
  }
}
