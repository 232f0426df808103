package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trending, search and reindex from the command line, over two days of HF daily_papers JSON. */
class TrendingSearchCommandsTest {

  private static final String NOON = "2026-11-22T12:00:00Z";

  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void ingestTwoDays() throws IOException {
    data = temp.resolve("data");
    CliRun ingest =
        CliRun.run(
            data, "ingest", "--as-of", "2026-11-21", fixture("daily-papers-nov21.json").toString());
    assertThat(ingest.exitCode()).isZero();
    ingest =
        CliRun.run(
            data, "ingest", "--as-of", "2026-11-22", fixture("daily-papers-nov22.json").toString());
    assertThat(ingest.exitCode()).isZero();
  }

  private Path fixture(String name) throws IOException {
    Path target = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.get(name).asText()));
    return values;
  }

  @Test
  void trendingRanksByGrowthAndExplainsItself() throws IOException {
    JsonNode day = json(CliRun.run(data, "trending", "--at", NOON, "--json"));

    assertThat(field(day, "title"))
        .containsExactly("Counting Sheep at Scale", "Herding Llamas", "Quiet Machines");
    assertThat(field(day, "arxivId")).containsExactly("2611.01234", "2611.05678", "2611.09999");
    assertThat(field(day, "why"))
        .containsExactly("▲ +50 upvotes in 24 h", "▲ +10 upvotes in 24 h", "seen in 1 source");
    assertThat(day.get(0).get("score").asDouble())
        .isGreaterThan(day.get(1).get("score").asDouble());
  }

  @Test
  void trendingTextShowsTheSparklineAndTheWhy() {
    CliRun run = CliRun.run(data, "trending", "--at", NOON, "--window", "week", "--limit", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            " 1. Counting Sheep at Scale  arXiv:2611.01234",
            "    ▁▁▁▁▁▁▁▁▁█  ▲ +50 upvotes in 7 d");
  }

  @Test
  void aTopicNarrowsTrendingAndABadOneIsRefused() throws IOException {
    JsonNode hopper =
        json(CliRun.run(data, "trending", "--at", NOON, "--topic", "author:hopper", "--json"));
    assertThat(field(hopper, "title")).containsExactly("Herding Llamas");

    CliRun bad = CliRun.run(data, "trending", "--topic", "\"llamas", "--json");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err())
        .isEqualTo(
            "error: bad query: unbalanced quotes in the query: every \" needs its closing \"\n");
  }

  @Test
  void anUnknownWindowGetsTheUsage() {
    CliRun run = CliRun.run(data, "trending", "--window", "year");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--window")
        .contains("year")
        .contains("Usage: paper-radar trending");
  }

  @Test
  void searchPagesAndCarriesSnippets() throws IOException {
    JsonNode first = json(CliRun.run(data, "search", "transformer", "--limit", "1", "--json"));
    JsonNode second =
        json(CliRun.run(data, "search", "transformer", "--limit", "1", "--offset", "1", "--json"));

    assertThat(first).hasSize(1);
    assertThat(first.get(0).get("snippet").asText()).contains("**transformer**");
    assertThat(first.get(0).get("totalHits").asInt()).isEqualTo(2);
    assertThat(List.of(first.get(0).get("title").asText(), second.get(0).get("title").asText()))
        .containsExactlyInAnyOrder("Counting Sheep at Scale", "Herding Llamas");
    assertThat(first.get(0).has("score")).isTrue();
    assertThat(first.get(0).has("arxivId")).isTrue();
  }

  @Test
  void searchTextSaysHowManyAndWhereMoreAre() {
    CliRun run = CliRun.run(data, "search", "author:lovelace OR author:hopper", "--limit", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("2 papers\n").endsWith("(more: --offset 1)\n");
  }

  @Test
  void aBadSearchIsRefusedWithItsReason() {
    CliRun run = CliRun.run(data, "search", "venue:neurips");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: bad query: unknown field \"venue:\"");
  }

  @Test
  void aLostIndexIsCaughtUpFromTheStoreAndReindexSaysHowFarBehindItWas() throws IOException {
    deleteTree(data.resolve("index"));
    // The store is the truth: an index that opens empty catches up from its change feed before it
    // answers.
    assertThat(field(json(CliRun.run(data, "search", "llamas", "--json")), "title"))
        .containsExactly("Herding Llamas");

    deleteTree(data.resolve("index"));
    CliRun reindex = CliRun.run(data, "reindex");

    assertThat(reindex.exitCode()).isZero();
    assertThat(reindex.out())
        .startsWith("reindexed 3 papers in ")
        .containsPattern("the index was [1-9][0-9]* changes behind");
    assertThat(field(json(CliRun.run(data, "search", "llamas", "--json")), "title"))
        .containsExactly("Herding Llamas");
  }

  @Test
  void theConfigurationChangesTheWeightsAndAWrongKeyIsNamed() throws IOException {
    Path config = temp.resolve("radar.yaml");
    Files.writeString(config, "trending:\n  weights:\n    upvotes: 0.0\n");
    JsonNode unweighted =
        json(CliRun.run(data, "--config", config.toString(), "trending", "--at", NOON, "--json"));
    assertThat(field(unweighted, "why")).allMatch(why -> why.startsWith("seen in 1 source"));

    Files.writeString(config, "trending:\n  gravty: 2\n");
    CliRun wrong = CliRun.run(data, "--config", config.toString(), "trending");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).startsWith("error: " + config + ": unknown key trending.gravty");

    Files.writeString(config, "trending:\n  gravity: heavy\n");
    wrong = CliRun.run(data, "--config", config.toString(), "trending");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).startsWith("error: " + config + ": trending.gravity: ");
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
