package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command opens only what it reads: help opens nothing, search only the index (no database, no
 * migrations).
 */
class CliOpensOnlyWhatItNeedsTest {

  @TempDir Path data;

  @Test
  void askForHelpOpensNothing() {
    CliRun run = CliRun.run(data, "ask", "/papers help");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("/papers trending");
    assertThat(data).isEmptyDirectory();
  }

  @Test
  void aLineTheGrammarRefusesIsAnsweredWithoutOpeningAnything() {
    CliRun run = CliRun.run(data, "ask", "/papers frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(data).isEmptyDirectory();
  }

  @Test
  void searchOpensTheIndexAndTheStoreItCatchesUpFrom() throws IOException {
    // search must find what another process ingested a moment ago, so it catches the index up from
    // the store's change feed: it opens the database too, and nothing else.
    CliRun run = CliRun.run(data, "search", "memory");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("0 papers");
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .contains("index", "paper-radar.mv.db")
          .allMatch(name -> name.equals("index") || name.startsWith("paper-radar."));
    }
  }
}
