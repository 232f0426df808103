package paperradar.core.service;

import java.time.LocalDate;

/** Test listings written inline: an arXiv API Atom feed of the given papers. */
public final class PapersCommandServiceTestFeeds {

  private PapersCommandServiceTestFeeds() {}

  /** An arXiv API Atom feed of papers (id, title, abstract, author), published on the given day. */
  public static String atom(LocalDate published, String... idTitleAbstractAuthor) {
    StringBuilder feed =
        new StringBuilder(
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><id>https://arxiv.org/api/x</id><title>q</title>
        <updated>2026-11-22T00:00:00Z</updated>
        """);
    for (int i = 0; i < idTitleAbstractAuthor.length; i += 4) {
      feed.append("<entry><id>http://arxiv.org/abs/")
          .append(idTitleAbstractAuthor[i])
          .append("v1</id><title>")
          .append(xml(idTitleAbstractAuthor[i + 1]))
          .append("</title><summary>")
          .append(xml(idTitleAbstractAuthor[i + 2]))
          .append("</summary><published>")
          .append(published)
          .append("T00:00:00Z</published><author><name>")
          .append(xml(idTitleAbstractAuthor[i + 3]))
          .append("</name></author></entry>\n");
    }
    return feed.append("</feed>\n").toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
