package paperradar.core.ingest;

import java.util.List;

/**
 * What the RSS-reading parsers share: finding the channel, reading author lists, plain text from
 * HTML.
 */
final class Rss {

  private Rss() {}

  static XmlNode channel(XmlNode root, ParseContext context) throws ListingParseException {
    if (!root.name().equals("rss") && !root.name().equals("RDF")) {
      throw context.error(
          root.line(), "not an RSS feed: the root element is <" + root.name() + ">");
    }
    if (root.name().equals("RDF")) {
      return root;
    }
    return root.child("channel")
        .orElseThrow(() -> context.error(root.line(), "RSS feed has no <channel>"));
  }

  /**
   * {@code "A. One, B. Two and C. Three"} as three names; affiliations in parentheses are not
   * names.
   */
  static List<String> authorList(String text) {
    return AuthorNames.names(HtmlText.clean(text));
  }

  /** Text without HTML tags, every entity decoded, white space folded: {@link HtmlText#clean}. */
  static String plain(String html) {
    return HtmlText.clean(html);
  }
}
