package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.SharedData;
import paperradar.core.enrich.FakeArxivApi;

/** {@code enrich} against a fake arXiv API: seed papers are resolved by their exact titles only. */
class EnrichCommandTest {

  @TempDir Path temp;

  @Test
  void seedPapersAreResolvedByExactTitleAndANearMatchIsLeftAlone() throws Exception {
    Path seed = SharedData.require("seeds/000_e77648bc5867f914.txt");
    Path data = temp.resolve("data");
    assertThat(CliRun.run(data, "ingest", "--as-of", "2026-11-22", seed.toString()).exitCode())
        .isZero();
    List<FakeArxivApi.Entry> arxiv =
        List.of(
            new FakeArxivApi.Entry(
                "2405.04517",
                "xLSTM: Extended Long Short-Term Memory",
                List.of("Maximilian Beck", "Korbinian Pöppel"),
                "In the 1990s, the constant error carousel.",
                "2024-05-07"),
            new FakeArxivApi.Entry(
                "2312.00001",
                "Poisoning Web-Scale Training Datasets is Practical, Again",
                List.of("Not The Authors"),
                "A near match.",
                "2023-12-01"));
    try (FakeArxivApi api = FakeArxivApi.start(arxiv)) {
      Path config = temp.resolve("radar.yaml");
      Files.writeString(config, "sources: []\narxiv:\n  apiUrl: " + api.url() + "\n");

      CliRun enrich = CliRun.run(data, "--config", config.toString(), "enrich", "--limit", "5");

      assertThat(enrich.exitCode()).as(enrich.err()).isZero();
      assertThat(enrich.out()).contains("titles: 1 of 5 resolved");
      assertThat(api.queries()).hasSize(1);
    }
    JsonNode export = new ObjectMapper().readTree(CliRun.run(data, "export").out());
    assertThat(export)
        .anySatisfy(
            paper -> {
              assertThat(paper.get("title").asText())
                  .isEqualTo("xLSTM: Extended Long Short-Term Memory");
              assertThat(paper.get("arxivId").asText()).isEqualTo("2405.04517");
              assertThat(paper.get("url").asText()).isEqualTo("https://arxiv.org/abs/2405.04517");
              assertThat(paper.get("authors").get(0).asText()).isEqualTo("Maximilian Beck");
            });
    assertThat(export)
        .anySatisfy(
            paper -> {
              assertThat(paper.get("title").asText())
                  .isEqualTo("Poisoning Web-Scale Training Datasets is Practical");
              assertThat(paper.get("arxivId").isNull()).isTrue();
            });
  }

  @Test
  void helpDescribesTheCommand() {
    CliRun help = CliRun.run(temp.resolve("data"), "enrich", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("arXiv API", "--limit");
  }
}
