package paperradar.core.ingest;

import java.util.Arrays;
import java.util.List;

/** What the RSS-reading parsers share: finding the channel, reading author lists, plain text from HTML. */
final class Rss {

  private Rss() {}

  static XmlNode channel(XmlNode root, ParseContext context) throws ListingParseException {
    if (!root.name().equals("rss") && !root.name().equals("RDF")) {
      throw context.error(root.line(), "not an RSS feed: the root element is <" + root.name() + ">");
    }
    if (root.name().equals("RDF")) {
      return root;
    }
    return root.child("channel").orElseThrow(() -> context.error(root.line(), "RSS feed has no <channel>"));
  }

  /** {@code "A. One, B. Two and C. Three"} as three names. */
  static List<String> authorList(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",|\\band\\b|;"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /** Text without HTML tags and with the common entities decoded, white space folded. */
  static String plain(String html) {
    String text = html.replaceAll("(?s)<[^>]{0,2000}>", " ")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip();
  }
}
