package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.SharedData;

/**
 * The real seeds, ingested from the command line: every paper trending, searched or exported has a
 * link.
 */
class SeedsLinksAcceptanceTest {

  private static final List<String> SEEDS =
      List.of(
          "000_e77648bc5867f914.txt",
          "001_c86545dfc6a4d265.txt",
          "002_9583f77ed318037f.txt",
          "003_4aa2a30aa168dd39.txt",
          "004_17e0fda867bfce20.txt");

  @TempDir Path temp;

  @Test
  void everyTrendingSearchedAndExportedPaperHasAUrl() throws Exception {
    List<String> args = new ArrayList<>(List.of("ingest", "--as-of", "2026-11-22"));
    for (String seed : SEEDS) {
      args.add(SharedData.require("seeds/" + seed).toString());
    }
    Path data = temp.resolve("data");
    CliRun ingest = CliRun.run(data, args.toArray(String[]::new));
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();

    JsonNode trending =
        json(
            CliRun.run(
                data,
                "trending",
                "--at",
                "2026-11-22T12:00:00Z",
                "--window",
                "month",
                "--limit",
                "100",
                "--json"));
    JsonNode search = json(CliRun.run(data, "search", "networks", "--limit", "50", "--json"));
    JsonNode export = json(CliRun.run(data, "export"));

    assertThat(trending).hasSize(100);
    assertThat(search).isNotEmpty();
    assertThat(export).hasSize(307);
    for (JsonNode list : List.of(trending, search, export)) {
      list.forEach(
          paper ->
              assertThat(paper.path("url").asText())
                  .as("url of %s", paper.get("title").asText())
                  .startsWith("https://"));
    }
    assertThat(export)
        .anySatisfy(
            paper ->
                assertThat(paper.get("url").asText())
                    .isEqualTo("https://arxiv.org/abs/2403.18415"));
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }
}
