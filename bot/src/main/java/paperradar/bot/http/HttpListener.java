package paperradar.bot.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything paper-radar listens on: a Jetty server with a bounded thread pool, idle and header
 * limits, a request body limit and a cap on open connections. A connection that is still sending
 * its headers holds no thread (Jetty's selector waits for it), so idle or slow clients cannot
 * starve the answers.
 */
public final class HttpListener implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HttpListener.class);

  /**
   * The bounds of one listener.
   *
   * @param idleTimeout how long a connection may send nothing, headers included, before it is
   *     closed
   * @param idleTimeoutUnderPressure the same, once {@code maxConnections} are open
   * @param headerDeadline a new connection that has not sent one whole request head by then is
   *     closed, however steadily it drips its bytes
   * @param maxHeaderBytes the request line and headers together
   * @param maxBodyBytes a request body over this gets 413
   * @param maxThreads the thread pool's bound (Jetty's selector and acceptor included)
   * @param maxConnections open connections; more wait in the accept backlog
   */
  public record Limits(
      Duration idleTimeout,
      Duration idleTimeoutUnderPressure,
      Duration headerDeadline,
      int maxHeaderBytes,
      int maxBodyBytes,
      int maxThreads,
      int maxConnections) {

    /** What the operations and Slack endpoints use: small requests, answered fast. */
    public static final Limits DEFAULT =
        new Limits(
            Duration.ofSeconds(10),
            Duration.ofSeconds(1),
            Duration.ofSeconds(15),
            8 * 1024,
            1 << 20,
            24,
            2_000);
  }

  /**
   * One request as a route sees it: headers keyed in lower case, the body read in full (within the
   * limit).
   */
  public record Exchange(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      byte[] body,
      String remoteAddress) {

    /** The first value of a header, or null. */
    public @Nullable String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.getFirst();
    }
  }

  /** What a route answers. */
  public record Answer(
      int status, String contentType, Map<String, List<String>> headers, byte[] body) {

    public static Answer text(int status, String text) {
      return new Answer(
          status, "text/plain; charset=utf-8", Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Answers the requests to one path. */
  @FunctionalInterface
  public interface Route {
    Answer answer(Exchange exchange) throws Exception;
  }

  private final Server server;
  private final ServerConnector connector;

  private HttpListener(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts listening on {@code host:port} (port 0 picks a free one), serving each route at its
   * exact path.
   *
   * @param name names the threads, so a thread dump says which listener they serve
   */
  public static HttpListener start(
      String name, String host, int port, Limits limits, Map<String, Route> routes)
      throws Exception {
    QueuedThreadPool threads =
        new QueuedThreadPool(limits.maxThreads(), Math.min(4, limits.maxThreads()));
    threads.setName("paper-radar-" + name);
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    NetworkConnectionLimit connectionLimit =
        new NetworkConnectionLimit(limits.maxConnections(), connector);
    connectionLimit.setEndPointIdleTimeout(limits.idleTimeoutUnderPressure().toMillis());
    server.addBean(connectionLimit);
    connector.addEventListener(new HeaderDeadline(server, limits.headerDeadline()));
    server.setHandler(new Routes(Map.copyOf(routes), limits.maxBodyBytes(), threads));
    server.setStopTimeout(2_000);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    return new HttpListener(server, connector);
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      log.warn("stopping the HTTP listener failed: {}", e.toString());
    }
  }

  /**
   * Closes a connection whose first request head has not arrived by the deadline: the idle timeout
   * alone lets a client that sends one byte every few seconds hold a connection for ever.
   */
  private static final class HeaderDeadline implements Connection.Listener {
    private final Server server;
    private final Duration deadline;
    private final Map<Connection, Scheduler.Task> pending = new ConcurrentHashMap<>();

    HeaderDeadline(Server server, Duration deadline) {
      this.server = server;
      this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
      pending.put(
          connection,
          server
              .getScheduler()
              .schedule(
                  () -> {
                    pending.remove(connection);
                    if (connection.getMessagesIn() == 0) {
                      connection.getEndPoint().close();
                    }
                  },
                  deadline.toMillis(),
                  TimeUnit.MILLISECONDS));
    }

    @Override
    public void onClosed(Connection connection) {
      Scheduler.Task task = pending.remove(connection);
      if (task != null) {
        task.cancel();
      }
    }
  }

  /**
   * Finds the route by path, reads the body without holding a thread, then answers on a pool
   * thread.
   */
  private static final class Routes extends Handler.Abstract {
    private final Map<String, Route> routes;
    private final int maxBodyBytes;
    private final Executor executor;

    Routes(Map<String, Route> routes, int maxBodyBytes, Executor executor) {
      super(InvocationType.NON_BLOCKING);
      this.routes = routes;
      this.maxBodyBytes = maxBodyBytes;
      this.executor = executor;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Route route = routes.get(Request.getPathInContext(request));
      if (route == null) {
        executor.execute(() -> write(response, callback, Answer.text(404, "not found")));
        return true;
      }
      if (request.getLength() > maxBodyBytes) {
        executor.execute(
            () ->
                write(
                    response,
                    callback,
                    Answer.text(413, "request body over " + maxBodyBytes + " bytes")));
        return true;
      }
      CompletableFuture<byte[]> read = new CompletableFuture<>();
      Content.Source.asByteArrayAsync(request, maxBodyBytes, Promise.Invocable.toPromise(read));
      read.whenCompleteAsync(
          (body, failure) -> {
            if (failure != null) {
              write(
                  response,
                  callback,
                  Answer.text(413, "request body over " + maxBodyBytes + " bytes or cut off"));
              return;
            }
            Answer answer;
            try {
              answer = route.answer(exchange(request, body));
            } catch (Exception e) {
              log.warn(
                  "{} {} failed: {}",
                  request.getMethod(),
                  Request.getPathInContext(request),
                  e.toString());
              answer = Answer.text(500, "failed");
            }
            write(response, callback, answer);
          },
          executor);
      return true;
    }

    private static Exchange exchange(Request request, byte[] body) {
      Map<String, List<String>> headers = new TreeMap<>();
      for (HttpField field : request.getHeaders()) {
        headers
            .computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>())
            .add(field.getValue());
      }
      return new Exchange(
          request.getMethod(),
          Request.getPathInContext(request),
          request.getHttpURI().getQuery(),
          headers,
          body,
          Request.getRemoteAddr(request));
    }

    private static void write(Response response, Callback callback, Answer answer) {
      response.setStatus(answer.status());
      answer
          .headers()
          .forEach(
              (name, values) -> values.forEach(value -> response.getHeaders().add(name, value)));
      if (answer.contentType() != null) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
      }
      byte[] body = answer.body() == null ? new byte[0] : answer.body();
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }
}
