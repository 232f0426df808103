package paperradar.core.enrich;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the arXiv API on 127.0.0.1: answers {@code search_query} with the entries whose
 * titles contain one of the quoted phrases (as arXiv's phrase search does, near matches included),
 * and {@code id_list} with the entries of those ids, in arXiv's Atom.
 */
public final class FakeArxivApi implements AutoCloseable {

  /** One paper the fake knows. */
  public record Entry(
      String id, String title, List<String> authors, String summary, String published) {}

  private static final Pattern PHRASE = Pattern.compile("ti:\"([^\"]*)\"");

  private final HttpServer server;
  private final List<Entry> entries;
  private final List<String> queries = new CopyOnWriteArrayList<>();

  private FakeArxivApi(List<Entry> entries) throws IOException {
    this.entries = List.copyOf(entries);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/query",
        exchange -> {
          String query =
              URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
          queries.add(query);
          byte[] body = atom(answer(query)).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/atom+xml; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  public static FakeArxivApi start(List<Entry> entries) throws IOException {
    return new FakeArxivApi(entries);
  }

  /** The base URL, as {@code arxiv.apiUrl} takes it. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query";
  }

  /** The decoded query strings received, in order. */
  public List<String> queries() {
    return List.copyOf(queries);
  }

  private List<Entry> answer(String query) {
    List<Entry> found = new ArrayList<>();
    Matcher idList = Pattern.compile("id_list=([^&]*)").matcher(query);
    if (idList.find()) {
      List<String> ids = List.of(idList.group(1).split(","));
      entries.stream().filter(e -> ids.contains(e.id())).forEach(found::add);
      return found;
    }
    Matcher phrase = PHRASE.matcher(query);
    while (phrase.find()) {
      String wanted = phrase.group(1).toLowerCase(Locale.ROOT);
      entries.stream()
          .filter(e -> e.title().toLowerCase(Locale.ROOT).contains(wanted) && !found.contains(e))
          .forEach(found::add);
    }
    return found;
  }

  private static String atom(List<Entry> entries) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch="
                + "\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
                + "xmlns=\"http://www.w3.org/2005/Atom\">\n  <id>https://arxiv.org/api/fake</id>\n"
                + "  <title>arXiv Query</title>\n  <updated>2026-11-20T10:00:00Z</updated>\n"
                + "  <opensearch:totalResults>"
                + entries.size()
                + "</opensearch:totalResults>\n");
    for (Entry e : entries) {
      xml.append("  <entry>\n    <id>http://arxiv.org/abs/")
          .append(e.id())
          .append("v1</id>\n    <title>")
          .append(escape(e.title()))
          .append("</title>\n    <summary>")
          .append(escape(e.summary()))
          .append("</summary>\n    <published>")
          .append(e.published())
          .append("T00:00:00Z</published>\n");
      e.authors()
          .forEach(
              a -> xml.append("    <author><name>").append(escape(a)).append("</name></author>\n"));
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
