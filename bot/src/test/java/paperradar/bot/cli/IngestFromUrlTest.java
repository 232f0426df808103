package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting from URLs served by a local HTTP server. */
class IngestFromUrlTest {

  @TempDir Path data;
  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    byte[] listing;
    try (InputStream in = getClass().getResourceAsStream("/cli/hf-daily-two.txt")) {
      listing = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/papers",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
          exchange.sendResponseHeaders(200, listing.length);
          exchange.getResponseBody().write(listing);
          exchange.close();
        });
    server.createContext(
        "/gone",
        exchange -> {
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void urlIsFetchedAndIngested() {
    CliRun run = CliRun.run(data, "ingest", "--as-of", "2026-11-22", url("/papers"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(url("/papers") + ": hf-daily, 2 read, 2 new, 0 merged" + System.lineSeparator());
  }

  @Test
  void serverErrorIsAClearErrorAndExitTwo() {
    CliRun run = CliRun.run(data, "ingest", url("/gone"), url("/papers"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: " + url("/gone") + ": HTTP 503 Service Unavailable" + System.lineSeparator());
    assertThat(run.out()).contains("hf-daily, 2 read, 2 new");
  }

  @Test
  void anInputOverFetchMaxBytesIsRefusedWithALineAndExitTwo() throws IOException {
    Path config = data.resolveSibling(data.getFileName() + "-radar.yaml");
    java.nio.file.Files.writeString(config, "fetch:\n  maxBytes: 1024\n");
    Path file = data.resolveSibling(data.getFileName() + "-big.txt");
    java.nio.file.Files.write(file, new byte[4096]);
    String bigUrl = url("/big");
    server.createContext(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 4096);
          try (var out = exchange.getResponseBody()) {
            out.write(new byte[4096]);
          } catch (IOException refused) {
            // the client stopped reading at the cap
          }
          exchange.close();
        });

    CliRun run = CliRun.run(data, "--config", config.toString(), "ingest", bigUrl, file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: "
                + bigUrl
                + ": is larger than the limit of 1024 bytes (fetch.maxBytes); refused"
                + System.lineSeparator()
                + "error: "
                + file
                + ": is larger than the limit of 1024 bytes (fetch.maxBytes); refused"
                + System.lineSeparator());
  }
}
