package paperradar.core.enrich;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import paperradar.core.ingest.ArxivAtomParser;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.ParseContext;

/** Asks the arXiv API (or a stand-in at another base URL) for papers, paced as arXiv asks. */
public final class ArxivApiClient {

  /** arXiv's API, the default of {@code arxiv.apiUrl}. */
  public static final String DEFAULT_URL = "https://export.arxiv.org/api/query";

  private final URI baseUrl;
  private final HttpClient http;
  private final RequestPacer pacer;
  private final Clock clock;
  private final Duration timeout;

  public ArxivApiClient(URI baseUrl, RequestPacer pacer, Clock clock, Duration timeout) {
    this.baseUrl = baseUrl;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.pacer = pacer;
    this.clock = clock;
    this.timeout = timeout;
  }

  /** The entries of {@code search_query=…}, at most {@code max}. */
  public List<ListingEntry> search(String query, int max) throws IOException, InterruptedException {
    return get("search_query=" + encode(query) + "&start=0&max_results=" + max);
  }

  /** The entries of the given ids (at most 100 a request, as arXiv's API pages them). */
  public List<ListingEntry> byIds(List<String> ids) throws IOException, InterruptedException {
    return get("id_list=" + encode(String.join(",", ids)) + "&max_results=" + ids.size());
  }

  private List<ListingEntry> get(String query) throws IOException, InterruptedException {
    pacer.awaitTurn();
    URI uri = URI.create(baseUrl + (baseUrl.toString().contains("?") ? "&" : "?") + query);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", "paper-radar (enrichment)")
            .GET()
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("the arXiv API answered HTTP " + response.statusCode());
    }
    try {
      return new ArxivAtomParser()
          .parse(
              response.body(),
              new ParseContext("arXiv API", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))
          .entries();
    } catch (ListingParseException e) {
      throw new IOException(
          "the arXiv API answered something that is not its Atom: " + e.getMessage(), e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
