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

class IngestCommandTest {

  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void setUp() {
    data = temp.resolve("data");
  }

  private Path fixture(String name) throws IOException {
    Path target = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  private JsonNode export() throws IOException {
    CliRun run = CliRun.run(data, "export");
    assertThat(run.exitCode()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> titles(JsonNode papers) {
    List<String> titles = new ArrayList<>();
    papers.forEach(p -> titles.add(p.get("title").asText()));
    return titles;
  }

  @Test
  void ingestPrintsOneLinePerInputWithFormatAndCountsThenTheTotal() throws IOException {
    Path aimodels = fixture("aimodels-two.txt");
    Path daily = fixture("hf-daily-two.txt");

    CliRun run =
        CliRun.run(data, "ingest", "--as-of", "2026-11-22", aimodels.toString(), daily.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines())
        .hasSize(3)
        .startsWith(
            aimodels + ": aimodels, 2 read, 2 new, 0 merged",
            daily + ": hf-daily, 2 read, 1 new, 1 merged");
    assertThat(run.out().lines().toList().get(2))
        .matches(
            "ingested 2 inputs: 4 papers read \\(3 new, 1 merged\\) in \\d+\\.\\d s, [\\d,]+ papers/s; 0 failed");
  }

  @Test
  void oneSmallInputGetsNoTotal() throws IOException {
    CliRun run =
        CliRun.run(data, "ingest", "--as-of", "2026-11-22", fixture("aimodels-two.txt").toString());

    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void progressShowsABarOnStderrThatEndsAtTheFullCount() throws IOException {
    Path aimodels = fixture("aimodels-two.txt");

    CliRun run =
        CliRun.run(data, "ingest", "--progress", "--as-of", "2026-11-22", aimodels.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("\ringesting " + aimodels + " [####################] 100% 2/2 papers")
        .doesNotContain("\n");
    assertThat(run.out().lines()).containsExactly(aimodels + ": aimodels, 2 read, 2 new, 0 merged");
  }

  @Test
  void noProgressHidesTheBar() throws IOException {
    CliRun run =
        CliRun.run(
            data,
            "ingest",
            "--no-progress",
            "--as-of",
            "2026-11-22",
            fixture("aimodels-two.txt").toString());

    assertThat(run.err()).isEmpty();
  }

  @Test
  void reingestingTheSameInputOnTheSameDateChangesNothing() throws IOException {
    Path aimodels = fixture("aimodels-two.txt");
    CliRun.run(data, "ingest", "--as-of", "2026-11-22", aimodels.toString());
    String before = CliRun.run(data, "export").out();

    CliRun again = CliRun.run(data, "ingest", "--as-of", "2026-11-22", aimodels.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("nothing changed");
    assertThat(CliRun.run(data, "export").out()).isEqualTo(before);
  }

  @Test
  void badInputsAreReportedStoreNothingAndTheOthersStillIngest() throws IOException {
    Path good = fixture("aimodels-two.txt");
    Path truncated = fixture("aimodels-truncated.txt");
    Path html = fixture("not-a-listing.html");
    Path empty = fixture("empty.txt");
    Path badDate = fixture("aimodels-bad-date.txt");
    Path missing = temp.resolve("no-such-file.txt");

    CliRun run =
        CliRun.run(
            data,
            "ingest",
            "--as-of",
            "2026-11-22",
            truncated.toString(),
            good.toString(),
            html.toString(),
            empty.toString(),
            badDate.toString(),
            missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out().lines())
        .hasSize(2)
        .first()
        .isEqualTo(good + ": aimodels, 2 read, 2 new, 0 merged");
    assertThat(run.out().lines().toList().get(1))
        .startsWith("ingested 1 input: 2 papers read")
        .endsWith("; 5 failed");
    assertThat(run.err().lines())
        .hasSize(5)
        .allSatisfy(line -> assertThat(line).startsWith("error: "));
    assertThat(run.err())
        .containsPattern("error: " + quoted(truncated) + ":\\d+: ")
        .containsPattern("error: " + quoted(html) + ":\\d+: ")
        .contains("error: " + empty + ":1: empty input")
        .containsPattern("error: " + quoted(badDate) + ":23: ")
        .contains("error: " + missing + ": no such file");
    assertThat(titles(export()))
        .containsExactlyInAnyOrder(
            "Sparse Attention Routing for Long Documents", "Pointer Networks");
  }

  @Test
  void exportCarriesEveryContractFieldOfAMergedPaper() throws IOException {
    CliRun.run(
        data,
        "ingest",
        "--as-of",
        "2026-11-22",
        fixture("aimodels-two.txt").toString(),
        fixture("hf-daily-two.txt").toString());

    JsonNode papers = export();

    assertThat(papers).hasSize(3);
    JsonNode pointer = papers.get(1);
    assertThat(pointer.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "arxivId",
            "title",
            "url",
            "authors",
            "authorCount",
            "organization",
            "abstract",
            "published",
            "signals",
            "sources",
            "firstSeen",
            "doi",
            "pmid",
            "s2Id",
            "version",
            "categories");
    assertThat(pointer.get("title").asText()).isEqualTo("Pointer Networks");
    assertThat(pointer.get("url").asText())
        .isEqualTo("https://arxiv.org/search/?query=Pointer+Networks&searchtype=title");
    assertThat(pointer.get("arxivId").isNull()).isTrue();
    assertThat(pointer.get("authors"))
        .extracting(JsonNode::asText)
        .containsExactly("Oriol Vinyals", "Meire Fortunato", "Navdeep Jaitly");
    assertThat(pointer.get("published").asText()).isEqualTo("2015-06-09");
    assertThat(pointer.get("abstract").asText())
        .startsWith("We introduce a new neural architecture")
        .endsWith("positions in an input sequence.");
    assertThat(pointer.get("signals").get("hackerNews").asLong()).isEqualTo(12);
    assertThat(pointer.get("signals").get("reddit").asLong()).isEqualTo(3);
    assertThat(pointer.get("signals").get("upvotes").asLong()).isEqualTo(5);
    assertThat(pointer.get("sources"))
        .extracting(JsonNode::asText)
        .containsExactly("aimodels", "hf-daily");
    assertThat(pointer.get("firstSeen").asText()).isEqualTo("2026-11-22T00:00:00Z");

    JsonNode cafe = papers.get(2);
    assertThat(cafe.get("organization").asText()).isEqualTo("DeepCafé Research");
    assertThat(cafe.get("published").asText()).isEqualTo("2026-11-20");
    assertThat(cafe.get("authorCount").isNull()).isTrue();
  }

  @Test
  void unknownFormatIsRefusedWithTheNames() throws IOException {
    CliRun run =
        CliRun.run(data, "ingest", "--format", "pdf", fixture("aimodels-two.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format 'pdf'").contains("aimodels");
  }

  @Test
  void forcedFormatThatDoesNotFitIsAnError() throws IOException {
    Path aimodels = fixture("aimodels-two.txt");
    CliRun run = CliRun.run(data, "ingest", "--format", "arxiv-atom", aimodels.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + aimodels + ":");
  }

  private static String quoted(Path path) {
    return java.util.regex.Pattern.quote(path.toString());
  }

  private static String arxivRss(String feed, String announceType, String day) {
    return """
        <?xml version='1.0' encoding='UTF-8'?>
        <rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
        <channel><title>%1$s updates on arXiv.org</title><link>http://rss.arxiv.org/rss/%1$s</link>
        <item><title>Counting Tokens</title><link>https://arxiv.org/abs/2411.00042</link>
        <description>arXiv:2411.00042v1 Announce Type: %2$s
        Abstract: We count tokens.</description>
        <guid isPermaLink="false">oai:arXiv.org:2411.00042v1</guid>
        <category>%1$s</category>
        <pubDate>%3$s 00:00:00 -0500</pubDate>
        <arxiv:announce_type>%2$s</arxiv:announce_type>
        <dc:creator>Ada Lovelace</dc:creator></item>
        </channel></rss>
        """
        .formatted(feed, announceType, day);
  }

  @Test
  void aCrossListedRssItemAddsItsCategoryToTheExportedPaper() throws IOException {
    Path announced = temp.resolve("cs.LG.xml");
    Files.writeString(announced, arxivRss("cs.LG", "new", "Wed, 27 Nov 2024"));
    Path crossed = temp.resolve("stat.ML.xml");
    Files.writeString(crossed, arxivRss("stat.ML", "cross", "Thu, 28 Nov 2024"));

    assertThat(CliRun.run(data, "ingest", announced.toString()).exitCode()).isZero();
    assertThat(CliRun.run(data, "ingest", crossed.toString()).exitCode()).isZero();

    JsonNode papers = export();
    assertThat(papers).hasSize(1);
    assertThat(papers.get(0).get("categories"))
        .extracting(JsonNode::asText)
        .containsExactly("cs.LG", "stat.ML");
    assertThat(papers.get(0).get("published").asText()).isEqualTo("2024-11-27");
  }
}
