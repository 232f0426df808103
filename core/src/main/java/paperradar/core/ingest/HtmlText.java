package paperradar.core.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Plain text from the HTML fragments feeds carry, read with a real HTML parser (jsoup): tags gone, every
 * entity decoded (named and numeric, {@code &#8217;} too), white space and line breaks folded to one space.
 */
public final class HtmlText {

  private HtmlText() {}

  /** The fragment's text, cleaned once. Text without markup or entities is only folded. */
  public static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return fold(html);
    }
    return fold(fragment(html).text());
  }

  /** The fragment as a parsed body, for parsers that read its links. */
  static Element fragment(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    return document.body();
  }

  /** Entities decoded, tags kept as text: for text that is not HTML but may carry entities. */
  static String unescape(String text) {
    return Parser.unescapeEntities(text, false);
  }

  /** Runs of white space, including hard line breaks and no-break spaces, as one space. */
  public static String fold(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
