package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a user would. A fat jar can lose service files (Flyway's PostgreSQL
 * plugin, Lucene's codecs) while every test on Maven's classpath passes, so these run the jar
 * itself.
 */
class PackagedJarIT {

  @TempDir Path temp;

  record Result(int exitCode, String out, String err) {}

  private Result runJar(String... args) throws IOException, InterruptedException {
    return runJarWithInput("", args);
  }

  private Result runJarWithInput(String input, String... args)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar"));
    assertThat(jar).exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Path out = temp.resolve("out-" + UUID.randomUUID());
    Path err = temp.resolve("err-" + UUID.randomUUID());
    Path in = temp.resolve("in-" + UUID.randomUUID());
    Files.writeString(in, input, StandardCharsets.UTF_8);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    // The bundled default sources poll the internet; the jar under test must not.
    builder.environment().put("PAPERRADAR_DEFAULT_SOURCES", "off");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path fixture(String name) throws IOException {
    Path target = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  @Test
  void jarIngestsAndExportsOnEmbeddedH2() throws Exception {
    Path data = temp.resolve("data");
    Result ingest =
        runJar(
            "--data",
            data.toString(),
            "ingest",
            "--as-of",
            "2026-11-22",
            fixture("aimodels-two.txt").toString());
    assertThat(ingest.err()).isEmpty();
    assertThat(ingest.exitCode()).isZero();
    assertThat(ingest.out()).contains("aimodels, 2 read, 2 new, 0 merged");

    Result export = runJar("--data", data.toString(), "export");
    assertThat(export.exitCode()).isZero();
    assertThat(export.out()).contains("\"title\" : \"Pointer Networks\"");
  }

  @Test
  void runWithoutTokensStartsTheConsoleAndEndOfInputQuits() throws Exception {
    Path data = temp.resolve("data");
    assertThat(
            runJar(
                    "--data",
                    data.toString(),
                    "ingest",
                    "--as-of",
                    "2026-11-22",
                    fixture("aimodels-two.txt").toString())
                .exitCode())
        .isZero();

    Result run =
        runJarWithInput(
            "/papers search pointer\n/papers frobnicate\n", "--data", data.toString(), "run");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "paper-radar console: type /papers help; quit, exit or Ctrl-D to leave.\npapers> ")
        .contains("1. Pointer Networks")
        .contains("unknown subcommand \"frobnicate\"")
        .endsWith("papers> \n");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void runOnAnEmptyStoreLoadsTheSampleSoTheFirstTrendingAnswers() throws Exception {
    Result run =
        runJarWithInput("/papers trending\n", "--data", temp.resolve("fresh").toString(), "run");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("bundled sample of 8 papers")
        .contains("1. Attention Is All You Need")
        .contains("▲ +51 upvotes in 24 h");
  }

  @Test
  void jarMigratesAndIngestsIntoPostgres() throws Exception {
    String url = System.getenv("PAPERRADAR_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      System.out.println(
          "SKIPPED: PAPERRADAR_TEST_POSTGRES_URL is not set; the jar's PostgreSQL path is untested");
    }
    assumeTrue(url != null && !url.isBlank(), "PAPERRADAR_TEST_POSTGRES_URL is not set");
    String schema = "jar_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      Result ingest =
          runJar(
              "--data",
              temp.resolve("pgdata").toString(),
              "--database-url",
              schemaUrl,
              "ingest",
              "--as-of",
              "2026-11-22",
              fixture("hf-daily-two.txt").toString());
      assertThat(ingest.exitCode()).as(ingest.err()).isZero();
      assertThat(ingest.out()).contains("hf-daily, 2 read, 2 new, 0 merged");
    } finally {
      dropSchema(url, schema);
    }
  }

  private static void dropSchema(String url, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
