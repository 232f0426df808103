package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large listings against the packaged jar under {@code -Xmx512m}: a 200 MB arXiv API listing is
 * parsed while it is stored and fits; what cannot fit (an input over the size cap, an entry larger
 * than any paper) is refused in one line with exit 2, never an {@code OutOfMemoryError}.
 */
class LargeListingIT {

  private static final int PAPERS = 105_000;

  /** Room for the 200 MB listing: the default cap (100 MB) refuses it. */
  private static final long RAISED_CAP = 400L * 1024 * 1024;

  @TempDir static Path shared;

  private static Path listing;

  @TempDir Path temp;

  @BeforeAll
  static void generateTheListing() throws IOException {
    listing = arxivAtom(shared.resolve("big.xml"));
    assertThat(Files.size(listing)).isGreaterThan(200L * 1000 * 1000);
  }

  @Test
  void aListingOf200MbIsIngestedInAHalfGigabyteHeap() throws Exception {
    Run run = ingest(listing, RAISED_CAP);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(listing + ": arxiv-atom, " + PAPERS + " read, " + PAPERS + " new, 0 merged");
    assertThat(run.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
  }

  @Test
  void aListingOverTheSizeCapIsRefusedInOneLineWithExitTwo() throws Exception {
    Run run = ingest(listing, null);

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "error: "
                + listing
                + ": is larger than the limit of 104857600 bytes (fetch.maxBytes); refused");
  }

  @Test
  void anEntryLargerThanTheHeapIsRefusedInOneLineWithExitTwo() throws Exception {
    Path huge = temp.resolve("huge.xml");
    try (BufferedWriter writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      writer.write(HEAD);
      writer.write(entry(1));
      writer.write("  <entry>\n    <id>http://arxiv.org/abs/2611.99999v1</id>\n    <summary>");
      String chunk = "An abstract that never ends. ".repeat(1_000);
      // 640 MB of one abstract: more than the whole heap.
      for (long written = 0; written < 640L * 1024 * 1024; written += chunk.length()) {
        writer.write(chunk);
      }
      writer.write("</summary>\n  </entry>\n</feed>\n");
    }

    Run run = ingest(huge, 1024L * 1024 * 1024);

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("error: " + huge + ":11: <entry> holds more than 8 MB of text")
        .doesNotContain("OutOfMemoryError")
        .hasLineCount(1);
  }

  private record Run(int exit, String out, String err) {}

  private Run ingest(Path input, Long maxBytes) throws Exception {
    Path jar = Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar"));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-jar",
            jar.toString(),
            "--data",
            temp.resolve("data").toString(),
            "ingest",
            "--no-progress",
            "--as-of",
            "2026-11-22",
            input.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (maxBytes != null) {
      builder.environment().put("PAPERRADAR_FETCH_MAX_BYTES", Long.toString(maxBytes));
    }
    Process process = builder.start();
    // Storing 105,000 papers is the long part: generous, so a busy machine does not fail it.
    assertThat(process.waitFor(40, TimeUnit.MINUTES)).as("the ingest finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static final String HEAD =
      "<?xml version='1.0' encoding='UTF-8'?>\n"
          + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
          + "  <id>https://arxiv.org/api/large-listing-it</id>\n";

  /** About 207 MB of arXiv API Atom: 105,000 papers with 1.7 KB abstracts. */
  private static Path arxivAtom(Path file) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(HEAD);
      for (int i = 0; i < PAPERS; i++) {
        writer.write(entry(i));
      }
      writer.write("</feed>\n");
    }
    return file;
  }

  /** Seven lines: a distinct arXiv id, title and author per number. */
  private static String entry(int i) {
    return String.format(
        "  <entry>\n    <id>http://arxiv.org/abs/%02d%02d.%05dv1</id>\n"
            + "    <title>Generated paper number %d</title>\n    <summary>%s</summary>\n"
            + "    <published>2026-11-20T00:00:00Z</published>\n"
            + "    <author><name>Author %d</name></author>\n  </entry>\n",
        20 + i / 90_000, 1 + i % 12, 1 + i % 90_000, i, ABSTRACT, i % 5_000);
  }

  private static final String ABSTRACT =
      "We study attention, diffusion and graph networks at scale, and report results. ".repeat(22);
}
