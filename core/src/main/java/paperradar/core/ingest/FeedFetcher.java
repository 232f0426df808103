package paperradar.core.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches listings over HTTP with the JDK's client: timeouts, a User-Agent that names the bot, redirects
 * followed, and conditional GET so an unchanged feed costs a 304.
 */
public final class FeedFetcher {

  /** What we send in the User-Agent header: feed operators can see who polls them. */
  public static final String USER_AGENT = "paper-radar/0.1 (research paper bot; Java HttpClient)";

  private final HttpClient client;
  private final Duration requestTimeout;

  public FeedFetcher(Duration connectTimeout, Duration requestTimeout) {
    this.client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.requestTimeout = requestTimeout;
  }

  public static FeedFetcher withDefaults() {
    return new FeedFetcher(Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  /** Validators from an earlier response, sent back so the server can answer 304 Not Modified. */
  public record Validators(String etag, String lastModified) {}

  /**
   * A response: {@code notModified} is true for a 304, and then the body is empty.
   *
   * @param etag the ETag header, or null
   * @param lastModified the Last-Modified header, or null
   */
  public record Response(boolean notModified, byte[] body, String etag, String lastModified) {}

  public Response fetch(URI uri, Optional<Validators> validators) throws InputUnavailableException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/atom+xml, application/rss+xml, application/xml, application/json, "
            + "text/plain;q=0.9, */*;q=0.5")
        .GET();
    validators.ifPresent(v -> {
      if (v.etag() != null) {
        request.header("If-None-Match", v.etag());
      }
      if (v.lastModified() != null) {
        request.header("If-Modified-Since", v.lastModified());
      }
    });
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new InputUnavailableException(uri.toString(), "timed out after " + requestTimeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new InputUnavailableException(uri.toString(), "fetch failed: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputUnavailableException(uri.toString(), "fetch interrupted");
    }
    int status = response.statusCode();
    String etag = response.headers().firstValue("ETag").orElse(null);
    String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    if (status == 304) {
      return new Response(true, new byte[0], etag, lastModified);
    }
    if (status < 200 || status > 299) {
      throw new InputUnavailableException(uri.toString(), "HTTP " + status + " " + HttpStatusText.of(status));
    }
    return new Response(false, response.body(), etag, lastModified);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
