package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code ingest} stamps a capture: now, exactly {@code --at}, or the start of {@code --as-of}.
 */
class CaptureTimeTest {

  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void setUp() {
    data = temp.resolve("data");
  }

  /** An HF daily_papers JSON capture in which one fresh paper has this many upvotes. */
  private Path dailyJson(String name, int upvotes) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(
        file,
        """
        [{"paper":{"id":"2611.04242","authors":[{"name":"Ada Lovelace"}],"publishedAt":"2026-11-21T00:00:00.000Z",
          "title":"Engines of Analysis","summary":"An engine that computes.","upvotes":%d}}]
        """
            .formatted(upvotes));
    return file;
  }

  private JsonNode onlyPaper() throws IOException {
    CliRun export = CliRun.run(data, "export");
    assertThat(export.exitCode()).as(export.err()).isZero();
    JsonNode papers = new ObjectMapper().readTree(export.out());
    assertThat(papers).hasSize(1);
    return papers.get(0);
  }

  @Test
  void twoCapturesOfOneDayAtTheirOwnInstantsShowTheGainBetweenThem() throws IOException {
    CliRun morning =
        CliRun.run(
            data,
            "ingest",
            "--at",
            "2026-11-22T08:00:00Z",
            dailyJson("morning.json", 2).toString());
    CliRun noon =
        CliRun.run(
            data, "ingest", "--at", "2026-11-22T11:30:00Z", dailyJson("noon.json", 80).toString());
    assertThat(morning.exitCode()).as(morning.err()).isZero();
    assertThat(noon.exitCode()).as(noon.err()).isZero();

    CliRun trending = CliRun.run(data, "trending", "--at", "2026-11-22T12:00:00Z");

    assertThat(trending.exitCode()).as(trending.err()).isZero();
    assertThat(trending.out().lines()).hasSize(2);
    assertThat(trending.out().lines().toList().get(1))
        .endsWith("  ▲ +78 upvotes in 24 h")
        .startsWith("    ▁");
    assertThat(onlyPaper().get("firstSeen").asText()).isEqualTo("2026-11-22T08:00:00Z");
  }

  @Test
  void oneCaptureAloneTrendsByItsVotesWithoutASparkline() throws IOException {
    CliRun.run(
        data, "ingest", "--at", "2026-11-22T08:00:00Z", dailyJson("morning.json", 1).toString());

    CliRun trending = CliRun.run(data, "trending", "--at", "2026-11-22T12:00:00Z");

    assertThat(trending.out().lines())
        .containsExactly(" 1. Engines of Analysis  arXiv:2611.04242", "    1 upvote");
  }

  @Test
  void withoutAtOrAsOfTheCaptureIsStampedNowAndTheSameBytesAgainChangeNothing() throws IOException {
    Path file = dailyJson("daily.json", 5);
    Instant before = Instant.now();

    CliRun first = CliRun.run(data, "ingest", file.toString());
    CliRun again = CliRun.run(data, "ingest", file.toString());

    Instant after = Instant.now();
    assertThat(first.exitCode()).as(first.err()).isZero();
    Instant stamped = Instant.parse(onlyPaper().get("firstSeen").asText());
    assertThat(stamped).isBetween(before, after);
    assumeTrue(
        LocalDate.ofInstant(before, ZoneOffset.UTC)
            .equals(LocalDate.ofInstant(after, ZoneOffset.UTC)),
        "the two ingests straddled midnight UTC, when a capture of a new day is a new capture");
    assertThat(again.out()).endsWith("(already ingested: nothing changed)\n");
  }

  @Test
  void theSameBytesLaterTheSameDayChangeNothingButOtherBytesAreANewCapture() throws IOException {
    Path file = dailyJson("daily.json", 5);
    CliRun.run(data, "ingest", "--at", "2026-11-22T08:00:00Z", file.toString());

    CliRun again = CliRun.run(data, "ingest", "--at", "2026-11-22T09:00:00Z", file.toString());
    CliRun changed =
        CliRun.run(
            data, "ingest", "--at", "2026-11-22T10:00:00Z", dailyJson("daily.json", 9).toString());

    assertThat(again.out()).endsWith("(already ingested: nothing changed)\n");
    assertThat(changed.out()).doesNotContain("already ingested");
  }

  @Test
  void asOfStampsTheStartOfItsDayAndResolvesDatesAgainstIt() throws IOException {
    CliRun run =
        CliRun.run(data, "ingest", "--as-of", "2026-11-22", dailyJson("daily.json", 5).toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(onlyPaper().get("firstSeen").asText()).isEqualTo("2026-11-22T00:00:00Z");
  }

  @Test
  void aMalformedInstantIsRefusedNamingTheOption() {
    CliRun run = CliRun.run(data, "ingest", "--at", "yesterday", temp.resolve("x.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--at").contains("yesterday");
  }
}
