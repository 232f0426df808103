package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB listing under {@code -Xmx512m}, against the packaged jar. Parsing still reads the whole
 * listing into memory (streaming parsers are not built yet), so today it does not fit: what this
 * pins down is that it ends as the issue asks for a listing that does not fit, one line and exit 2,
 * nothing stored, never an {@code OutOfMemoryError} stack trace. When streaming lands, this test
 * turns into "exit 0 and the count".
 */
class LargeListingIT {

  private static final int PAPERS = 110_000;

  @TempDir Path temp;

  @Test
  void aListingTooLargeForTheHeapIsRefusedInOneLineWithExitTwo() throws Exception {
    Path listing = generate(temp.resolve("big.json"));
    assertThat(Files.size(listing)).isGreaterThan(200L * 1024 * 1024);
    Path jar = Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar"));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    jar.toString(),
                    "--data",
                    temp.resolve("data").toString(),
                    "ingest",
                    "--no-progress",
                    "--as-of",
                    "2026-11-22",
                    listing.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("PAPERRADAR_FETCH_MAX_BYTES", Long.toString(400L * 1024 * 1024));
    Process process = builder.start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the ingest finished").isTrue();

    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(errors).isEqualTo(2);
    assertThat(errors.strip())
        .startsWith("error: " + listing + ": too large to ingest in this JVM's")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("\tat ")
        .hasLineCount(1);
  }

  /** About 210 MB of Hugging Face daily-papers JSON: 110,000 papers with 1.7 KB abstracts. */
  private static Path generate(Path file) throws IOException {
    String abstractText =
        "We study attention, diffusion and graph networks at scale, and report results. "
            .repeat(22);
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write('[');
      for (int i = 0; i < PAPERS; i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(
            String.format(
                "{\"paper\":{\"id\":\"%02d%02d.%05d\",\"title\":\"Generated paper number %d\","
                    + "\"summary\":\"%s\",\"authors\":[{\"name\":\"Author %d\"}],\"publishedAt\":\"2026-11-20T00:00:00Z\","
                    + "\"upvotes\":%d},\"numComments\":%d}\n",
                20 + i / 90_000,
                1 + i % 12,
                1 + i % 90_000,
                i,
                abstractText,
                i % 5_000,
                i % 500,
                i % 30));
      }
      writer.write(']');
    }
    return file;
  }
}
