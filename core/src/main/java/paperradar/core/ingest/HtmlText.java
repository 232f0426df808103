package paperradar.core.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Plain text from the HTML fragments feeds carry, read with a real HTML parser (jsoup): tags gone,
 * every entity decoded (named and numeric, {@code &#8217;} too), white space and line breaks folded
 * to one space.
 */
public final class HtmlText {

  private static final Pattern STRAY_LESS_THAN =
      Pattern.compile("<(?!/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|!--)");

  private HtmlText() {}

  /** The fragment's text, cleaned once. Text without markup or entities is only folded. */
  public static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return fold(html);
    }
    return fold(fragment(escapeStrayLessThan(html)).text());
  }

  /**
   * A {@code <} that opens no tag ({@code $k<n$} in an abstract's math) as {@code &lt;}: an HTML
   * parser would otherwise read {@code <n$ …} as a tag and drop the text up to the next {@code >}.
   */
  static String escapeStrayLessThan(String html) {
    return STRAY_LESS_THAN.matcher(html).replaceAll("&lt;");
  }

  /** The fragment as a parsed body, for parsers that read its links. */
  static Element fragment(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    return document.body();
  }

  /** Runs of white space, including hard line breaks and no-break spaces, as one space. */
  public static String fold(String text) {
    return SpaceFolding.foldWithNoBreakSpaces(text);
  }
}
