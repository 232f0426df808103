package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest --channel ID --dry-run}: what would go out now, with nothing sent or recorded. */
class DigestCommandTest {

  @TempDir Path temp;

  @Test
  void aDryRunPrintsTheDigestAndRecordsNothing() throws IOException {
    Path data = temp.resolve("data");
    Path listing = temp.resolve("daily.json");
    try (InputStream in = getClass().getResourceAsStream("/cli/daily-papers-nov22.json")) {
      Files.copy(in, listing);
    }
    assertThat(
            CliRun.run(
                    data,
                    "ingest",
                    "--as-of",
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    listing.toString())
                .exitCode())
        .isZero();

    CliRun first = CliRun.run(data, "digest", "--channel", "webhook:lab:c1", "--dry-run");
    CliRun again = CliRun.run(data, "digest", "--channel", "webhook:lab:c1", "--dry-run");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .startsWith("== paper-radar digest for ")
        .contains("== Trending today ==")
        .contains("Herding Llamas")
        .contains("Counting Sheep at Scale");
    assertThat(again.out()).as("a dry run marks no paper as shown").isEqualTo(first.out());
  }

  @Test
  void theChannelAndTheDryRunFlagAreRequired() {
    CliRun run = CliRun.run(temp.resolve("data"), "digest", "--channel", "lab");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--dry-run");
  }

  @Test
  void aChannelOfAnUnknownPlatformIsAUsageErrorNamingIt() {
    CliRun run =
        CliRun.run(temp.resolve("data"), "digest", "--channel", "matrix:lab:c1", "--dry-run");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--channel")
        .contains("unknown platform \"matrix\" (known: slack, discord, console, webhook)");
  }
}
