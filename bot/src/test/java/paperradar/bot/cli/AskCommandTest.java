package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask}: one /papers command per process-like run, state kept in the data directory between
 * them.
 */
class AskCommandTest {

  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void setUp() throws IOException {
    data = temp.resolve("data");
    assertThat(
            CliRun.run(data, "ingest", "--as-of", "2026-11-21", fixture("daily-papers-nov21.json"))
                .exitCode())
        .isZero();
  }

  private String fixture(String name) throws IOException {
    Path target = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
      Files.copy(in, target);
    }
    return target.toString();
  }

  @Test
  void aCommandThatSucceedsExitsZero() {
    CliRun run = CliRun.run(data, "ask", "/papers search llamas");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("== Papers 1–1 of 1 for llamas ==\n\n1. Herding Llamas\n");
  }

  @Test
  void aRefusedCommandExitsTwoAndStillPrintsTheUsage() {
    CliRun unknown = CliRun.run(data, "ask", "/papers frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out())
        .startsWith("unknown subcommand \"frobnicate\"")
        .contains("/papers help [subcommand]");

    CliRun badArgument = CliRun.run(data, "ask", "/papers", "digest", "at", "noon");
    assertThat(badArgument.exitCode()).isEqualTo(2);
    assertThat(badArgument.out())
        .contains("\"noon\" is not a time of day like 08:00")
        .contains("/papers digest at");
  }

  @Test
  void subscriptionsOutliveTheProcessAndCountLaterMatches() throws IOException {
    CliRun subscribe = CliRun.run(data, "ask", "--channel", "lab", "/papers subscribe sheep");
    assertThat(subscribe.exitCode()).isZero();

    assertThat(
            CliRun.run(data, "ingest", "--as-of", "2026-11-22", fixture("daily-papers-nov22.json"))
                .exitCode())
        .isZero();
    assertThat(
            CliRun.run(data, "ingest", "--as-of", "2026-11-22", fixture("sheep-feed.xml"))
                .exitCode())
        .isZero();

    CliRun topics = CliRun.run(data, "ask", "--channel", "lab", "/papers topics");
    assertThat(topics.exitCode()).isZero();
    // Topic matching follows the store's change feed, new and changed papers alike (issue 15):
    // "Counting Sheep at Scale", stored before the subscription, changed with the Nov 22 listing,
    // and "Electric Sheep", new.
    assertThat(topics.out()).contains("1. sheep (2 papers in the last 7 days)");
    assertThat(CliRun.run(data, "ask", "/papers topics").out()).contains("follows no topics yet");
  }
}
