package paperradar.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import paperradar.core.text.UrlRedaction;

/**
 * Fetches listings over HTTP with the JDK's client: a connect timeout, a total deadline for the
 * whole fetch (a server that drips its body cannot hold a poll), a size cap, a User-Agent that
 * names the bot, redirects followed, and conditional GET so an unchanged feed costs a 304. Errors
 * name the URL with its secrets masked.
 */
public final class FeedFetcher {

  /** What we send in the User-Agent header: feed operators can see who polls them. */
  public static final String USER_AGENT = "paper-radar/0.1 (research paper bot; Java HttpClient)";

  /** The default total deadline of one fetch. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

  /** The default size cap of one input: 100 MB. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  /** How many redirects a guarded fetch follows, each one checked by the guard. */
  static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final Duration connectTimeout;
  private final Duration deadline;
  private final long maxBytes;
  private final @Nullable UrlGuard guard;

  /**
   * @param deadline the whole fetch, from connecting to the last byte of the body
   * @param maxBytes a body larger than this is refused
   */
  public FeedFetcher(Duration connectTimeout, Duration deadline, long maxBytes) {
    this(connectTimeout, deadline, maxBytes, null);
  }

  private FeedFetcher(
      Duration connectTimeout, Duration deadline, long maxBytes, @Nullable UrlGuard guard) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            // A guarded fetch follows redirects itself, so that the guard sees every hop.
            .followRedirects(guard == null ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
            .build();
    this.connectTimeout = connectTimeout;
    this.deadline = deadline;
    this.maxBytes = maxBytes;
    this.guard = guard;
  }

  /**
   * The same fetcher, with every request (the first and each redirect) checked by the guard just
   * before it is sent: what channels' own feeds are fetched with.
   */
  public FeedFetcher guardedBy(UrlGuard urlGuard) {
    return new FeedFetcher(connectTimeout, deadline, maxBytes, urlGuard);
  }

  public FeedFetcher(Duration connectTimeout, Duration deadline) {
    this(connectTimeout, deadline, DEFAULT_MAX_BYTES);
  }

  public static FeedFetcher withDefaults() {
    return new FeedFetcher(Duration.ofSeconds(10), DEFAULT_DEADLINE, DEFAULT_MAX_BYTES);
  }

  /** The size cap, for inputs read from files by the same rule. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Validators from an earlier response, sent back so the server can answer 304 Not Modified. */
  public record Validators(@Nullable String etag, @Nullable String lastModified) {}

  /**
   * A response: {@code notModified} is true for a 304, and then the body is empty.
   *
   * @param etag the ETag header, or null
   * @param lastModified the Last-Modified header, or null
   */
  public record Response(
      boolean notModified,
      byte[] body,
      @Nullable String etag,
      @Nullable String lastModified,
      @Nullable String redirect) {

    public Response(
        boolean notModified, byte[] body, @Nullable String etag, @Nullable String lastModified) {
      this(notModified, body, etag, lastModified, null);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  public Response fetch(URI uri, Optional<Validators> validators) throws InputUnavailableException {
    return fetch(uri, validators, ByteArrayOutputStream::new);
  }

  /**
   * Fetches the body into {@code file} as it arrives, under the same deadline and cap, so a large
   * download never sits in memory; the response's body is empty.
   */
  public Response fetchTo(URI uri, Path file) throws InputUnavailableException {
    return fetch(uri, Optional.empty(), () -> Files.newOutputStream(file));
  }

  /** Where a body goes as it arrives. */
  private interface Sink {
    OutputStream open() throws IOException;
  }

  /** Follows redirects itself when guarded, checking every hop's address before it is requested. */
  private Response fetch(URI uri, Optional<Validators> validators, Sink sink)
      throws InputUnavailableException {
    if (guard == null) {
      return fetchOnce(uri, validators, sink);
    }
    URI next = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      try {
        guard.check(next);
      } catch (UrlGuard.RefusedUrlException e) {
        throw new InputUnavailableException(UrlRedaction.redact(uri), e.reason());
      }
      Response response = fetchOnce(next, validators, sink);
      if (response.redirect() == null) {
        return response;
      }
      next = next.resolve(response.redirect());
    }
    throw new InputUnavailableException(
        UrlRedaction.redact(uri), "more than " + MAX_REDIRECTS + " redirects");
  }

  private Response fetchOnce(URI uri, Optional<Validators> validators, Sink sink)
      throws InputUnavailableException {
    String shown = UrlRedaction.redact(uri);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(deadline)
            .header("User-Agent", USER_AGENT)
            .header(
                "Accept",
                "application/atom+xml, application/rss+xml, application/xml, application/json, "
                    + "text/plain;q=0.9, */*;q=0.5")
            .GET();
    validators.ifPresent(
        v -> {
          if (v.etag() != null) {
            request.header("If-None-Match", v.etag());
          }
          if (v.lastModified() != null) {
            request.header("If-Modified-Since", v.lastModified());
          }
        });
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request.build(), info -> new CappedBody(info, maxBytes, sink));
    HttpResponse<byte[]> response;
    try {
      response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new InputUnavailableException(shown, timedOut());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TooLarge tooLarge) {
        throw new InputUnavailableException(shown, tooLarge.getMessage());
      }
      if (cause instanceof HttpTimeoutException) {
        throw new InputUnavailableException(shown, timedOut());
      }
      throw new InputUnavailableException(
          shown, "fetch failed: " + describe(cause == null ? e : cause));
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputUnavailableException(shown, "fetch interrupted");
    }
    int status = response.statusCode();
    String etag = response.headers().firstValue("ETag").orElse(null);
    String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    if (status == 304) {
      return new Response(true, new byte[0], etag, lastModified);
    }
    if (guard != null && isRedirect(status)) {
      Optional<String> location = response.headers().firstValue("Location");
      if (location.isEmpty()) {
        throw new InputUnavailableException(shown, "HTTP " + status + " without a Location");
      }
      return new Response(false, new byte[0], null, null, location.get());
    }
    if (status < 200 || status > 299) {
      throw new InputUnavailableException(
          shown, "HTTP " + status + " " + HttpStatusText.of(status));
    }
    return new Response(false, response.body(), etag, lastModified);
  }

  private String timedOut() {
    return "timed out: not done within the "
        + describe(deadline)
        + " deadline (fetch.deadlineSeconds)";
  }

  /** The line that refuses an input over the cap. */
  static String tooLarge(long maxBytes) {
    return "is larger than the limit of " + maxBytes + " bytes (fetch.maxBytes); refused";
  }

  private static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static String describe(Throwable e) {
    if (e instanceof IOException && e.getCause() != null && e.getMessage() == null) {
      e = e.getCause();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A body over the cap: the fetch stops reading and fails with this. */
  private static final class TooLarge extends IOException {
    private final String reason;

    TooLarge(long maxBytes) {
      super(tooLarge(maxBytes));
      this.reason = tooLarge(maxBytes);
    }

    @Override
    public String getMessage() {
      return reason;
    }
  }

  /**
   * Collects the body, refusing it at once when its Content-Length or the bytes received pass the
   * cap, so an oversized input never sits in memory whole.
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final Sink sink;
    private @Nullable OutputStream out;
    private long received;
    private final long maxBytes;
    private final boolean declaredTooLarge;
    private Flow.@Nullable Subscription subscription;

    CappedBody(HttpResponse.ResponseInfo info, long maxBytes, Sink sink) {
      this.maxBytes = maxBytes;
      this.sink = sink;
      this.declaredTooLarge =
          info.headers().firstValueAsLong("Content-Length").orElse(-1) > maxBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredTooLarge) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(maxBytes));
        return;
      }
      try {
        out = sink.open();
      } catch (IOException e) {
        subscription.cancel();
        result.completeExceptionally(e);
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      OutputStream body = Objects.requireNonNull(out, "onNext before onSubscribe");
      try {
        for (ByteBuffer buffer : buffers) {
          received += buffer.remaining();
          if (received > maxBytes) {
            Objects.requireNonNull(subscription, "onNext before onSubscribe").cancel();
            closeQuietly();
            result.completeExceptionally(new TooLarge(maxBytes));
            return;
          }
          byte[] chunk = new byte[buffer.remaining()];
          buffer.get(chunk);
          body.write(chunk);
        }
      } catch (IOException e) {
        Objects.requireNonNull(subscription, "onNext before onSubscribe").cancel();
        closeQuietly();
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      closeQuietly();
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      closeQuietly();
      // A body kept in memory is handed over; one written to a file is there already.
      result.complete(
          out instanceof ByteArrayOutputStream bytes ? bytes.toByteArray() : new byte[0]);
    }

    private void closeQuietly() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException ignored) {
          // Closing a byte array or a file written for this fetch loses nothing worth reporting.
        }
      }
    }
  }
}
