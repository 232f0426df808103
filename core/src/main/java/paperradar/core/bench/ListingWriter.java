package paperradar.core.bench;

import java.util.List;
import paperradar.core.model.Paper;

/** Writes synthetic papers as an arXiv API Atom response, so benchmarks ingest through the real parser. */
public final class ListingWriter {

  private ListingWriter() {}

  public static String arxivAtom(List<Paper> papers) {
    StringBuilder xml = new StringBuilder(papers.size() * 1_500);
    xml.append("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" ")
        .append("xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n  <id>https://arxiv.org/api/bench</id>\n");
    for (Paper paper : papers) {
      xml.append("  <entry>\n    <id>http://arxiv.org/abs/").append(paper.arxivId()).append("v1</id>\n")
          .append("    <title>").append(escape(paper.title())).append("</title>\n")
          .append("    <summary>").append(escape(paper.abstractText())).append("</summary>\n")
          .append("    <published>").append(paper.published()).append("T00:00:00Z</published>\n");
      for (String author : paper.authors()) {
        xml.append("    <author><name>").append(escape(author)).append("</name></author>\n");
      }
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
