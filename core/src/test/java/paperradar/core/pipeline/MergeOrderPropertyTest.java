package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.Paper;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;

/**
 * Ingesting the same listings in any order gives the same papers: every field of the export (all
 * but the store's own row id) is the same, because each field comes from the most authoritative
 * source that has it and {@code published} from the most credible date, never from whichever
 * listing came last.
 */
class MergeOrderPropertyTest {

  /** The fixtures in {@code src/test/resources/merge}, each with the day it was captured. */
  private static final List<String> FILES =
      List.of(
          "api.xml", "rss.xml", "hf.json", "s2.json", "pubmed.xml", "aimodels.txt", "summary.txt");

  private static final List<String> CANONICAL = exportAfter(FILES);

  @Property(tries = 12)
  void anyOrderGivesTheSameExport(@ForAll("orders") List<String> order) {
    assertThat(exportAfter(order)).containsExactlyElementsOf(CANONICAL);
  }

  @Provide
  Arbitrary<List<String>> orders() {
    return Arbitraries.shuffle(FILES);
  }

  @Example
  void theFixturesGiveTheExpectedMergedPapers() {
    assertThat(CANONICAL).hasSize(6);
    assertThat(CANONICAL)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "Counting Sheep with Recurrent Attention|2502.00123|[Ada Lovelace, Charles Babbage]|")
                    .contains(
                        "|2025-02-01|",
                        "|v4|",
                        "|https://arxiv.org/abs/2502.00123|",
                        "|[cs.LG, stat.ML]",
                        "We count sheep with recurrent attention, quickly and correctly"));
    assertThat(CANONICAL)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("A Clinical Trial|null|[Carla Doe, Dan Roe]|")
                    .contains("|10.1000/trial|31000000|bb22|")
                    .endsWith("|[]"));
    assertThat(CANONICAL)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Graph Neural Networks, Revisited|")
                    .endsWith("|[cs.LG]"));
    assertThat(CANONICAL)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Brand New Idea|2611.09999|")
                    .contains("|2026-11-15|", "Sam Lee"));
    assertThat(CANONICAL)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Quiet Scaling Laws|null|")
                    .contains(
                        "https://arxiv.org/search/?query=Quiet+Scaling+Laws&searchtype=title"));
  }

  /** Each paper as one line of its export fields, in title order. */
  private static List<String> exportAfter(List<String> order) {
    String url = "jdbc:h2:mem:merge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Database database = Database.connect(url)) {
      JdbcPaperStore store = new JdbcPaperStore(database);
      Ingestor ingestor = new Ingestor(Parsers.detector(), store);
      for (String file : order) {
        ingestor.ingest(file, read(file), captureDay(file), Optional.empty());
      }
      List<String> lines = new ArrayList<>();
      for (Paper paper : store.papers()) {
        lines.add(
            String.join(
                "|",
                paper.title(),
                String.valueOf(paper.arxivId()),
                paper.authors().toString(),
                String.valueOf(paper.authorCount()),
                String.valueOf(paper.organization()),
                paper.abstractText(),
                String.valueOf(paper.published()),
                "v" + paper.latestVersion(),
                String.valueOf(paper.doi()),
                String.valueOf(paper.pmid()),
                String.valueOf(paper.s2Id()),
                paper.url(),
                new TreeMap<>(paper.signals()).toString(),
                new java.util.TreeSet<>(paper.sources()).toString(),
                paper.firstSeen().toString(),
                paper.categories().toString()));
      }
      lines.sort(Comparator.naturalOrder());
      return lines;
    } catch (ListingParseException e) {
      throw new AssertionError("a merge fixture does not parse: " + e.getMessage(), e);
    }
  }

  /** Every file has its own capture day, whatever the order it is ingested in. */
  private static LocalDate captureDay(String file) {
    return LocalDate.of(2026, 11, 20).plusDays(FILES.indexOf(file));
  }

  private static byte[] read(String file) {
    try (InputStream in = MergeOrderPropertyTest.class.getResourceAsStream("/merge/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /merge/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
