package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactCommandTest {

  @TempDir Path data;

  @Test
  void compactShrinksTheH2FileAfterAnIngestAndKeepsThePapers() throws Exception {
    Path listing = data.resolveSibling(data.getFileName() + "-listing.json");
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 400; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"paper\":{\"id\":\"2611.")
          .append(String.format("%05d", i + 1))
          .append("\",\"title\":\"Paper number ")
          .append(i)
          .append("\",\"summary\":\"")
          .append("An abstract that takes some room. ".repeat(20))
          .append("\",\"authors\":[{\"name\":\"A B\"}],")
          .append("\"publishedAt\":\"2026-11-20T00:00:00Z\",\"upvotes\":")
          .append(i)
          .append("}}");
    }
    Files.writeString(listing, json.append("]"));
    try {
      assertThat(CliRun.run(data, "ingest", "--as-of", "2026-11-22", listing.toString()).exitCode())
          .isZero();
      long before = Files.size(data.resolve("paper-radar.mv.db"));

      CliRun run = CliRun.run(data, "compact");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("compacted ").contains(" MB -> ");
      assertThat(Files.size(data.resolve("paper-radar.mv.db"))).isLessThan(before);
      assertThat(CliRun.run(data, "search", "number").out()).contains("400");
    } finally {
      Files.deleteIfExists(listing);
    }
  }

  @Test
  void compactHasHelp() {
    CliRun run = CliRun.run(data, "compact", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Compact the embedded H2 database");
  }
}
