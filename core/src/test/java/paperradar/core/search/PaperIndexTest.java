package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;

class PaperIndexTest {

  private PaperIndex index;

  static Paper paper(
      long id, String title, List<String> authors, String abstractText, LocalDate published) {
    return new Paper(
        id,
        null,
        title,
        authors,
        null,
        null,
        abstractText,
        published,
        Map.of(),
        Set.of(PaperSource.FEED),
        Instant.parse("2026-11-01T00:00:00Z"));
  }

  static List<Paper> corpus() {
    List<Paper> papers = new ArrayList<>();
    papers.add(
        new Paper(
            1,
            new ArxivId("1506.03134"),
            "Pointer Networks",
            List.of("Oriol Vinyals", "Meire Fortunato", "Navdeep Jaitly"),
            null,
            null,
            "We introduce a new neural architecture to learn the conditional probability of an output "
                + "sequence with elements that are discrete tokens corresponding to positions in an input sequence.",
            LocalDate.of(2015, 6, 9),
            Map.of(),
            Set.of(PaperSource.HF_DAILY),
            Instant.parse("2026-11-01T00:00:00Z")));
    papers.add(
        paper(
            2,
            "Graph Pointer Networks for Routing",
            List.of("Ada Lovelace"),
            "A pointer mechanism over graph neural networks solves routing problems.",
            LocalDate.of(2021, 3, 1)));
    papers.add(
        paper(
            3,
            "Beyond Memorization: Violating Privacy Via Inference with Large Language Models",
            List.of("Robin Staab", "Mislav Balunović", "Martin Vechev"),
            "Current privacy research on large language models focuses on memorized training data.",
            LocalDate.of(2023, 10, 11)));
    papers.add(
        paper(
            4,
            "Poisoning Web-Scale Training Datasets is Practical",
            List.of("Nicholas Carlini", "Florian Tram`er"),
            "We introduce two new dataset poisoning attacks.",
            LocalDate.of(2023, 2, 20)));
    papers.add(
        paper(
            5,
            "xLSTM: Extended Long Short-Term Memory",
            List.of("Maximilian Beck", "Sepp Hochreiter"),
            "Scaling LSTMs to billions of parameters with exponential gating and a matrix memory.",
            LocalDate.of(2024, 5, 8)));
    papers.add(
        paper(
            6,
            "A Network of Networks",
            List.of("Grace Hopper"),
            "A network that routes between smaller networks.",
            null));
    for (int i = 7; i <= 30; i++) {
      papers.add(
          paper(
              i,
              "Transformer study number " + i,
              List.of("Author " + i),
              "We study transformers and attention in setting " + i + ".",
              LocalDate.of(2020, 1, 1).plusDays(i)));
    }
    return papers;
  }

  @BeforeEach
  void build() {
    index = PaperIndex.inMemory();
    index.rebuild(corpus());
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> titles(String query) {
    return index.search(SearchRequest.of(query)).hits().stream()
        .map(SearchResults.Hit::title)
        .toList();
  }

  @Test
  void pointerNetworksComesFirst() {
    assertThat(titles("pointer networks")).first().isEqualTo("Pointer Networks");
  }

  @Test
  void authorSearchFindsTheirPapers() {
    assertThat(titles("author:vinyals")).containsExactly("Pointer Networks");
    assertThat(titles("author:\"Sepp Hochreiter\""))
        .containsExactly("xLSTM: Extended Long Short-Term Memory");
  }

  @Test
  void accentsCaseAndStrayApostrophesFold() {
    assertThat(titles("author:balunovic"))
        .containsExactly(
            "Beyond Memorization: Violating Privacy Via Inference with Large Language Models");
    assertThat(titles("author:TRAMER"))
        .containsExactly("Poisoning Web-Scale Training Datasets is Practical");
  }

  @Test
  void phraseMatchesOnlyTheWordsInOrder() {
    assertThat(titles("\"graph neural networks\""))
        .containsExactly("Graph Pointer Networks for Routing");
    assertThat(titles("\"networks graph\"")).isEmpty();
  }

  @Test
  void englishStemmingMatchesOtherForms() {
    assertThat(titles("title:network")).contains("A Network of Networks", "Pointer Networks");
    assertThat(titles("poison attack"))
        .containsExactly("Poisoning Web-Scale Training Datasets is Practical");
  }

  @Test
  void booleanOperatorsAndPrefixes() {
    assertThat(titles("pointer NOT graph")).containsExactly("Pointer Networks");
    assertThat(titles("memorization OR xlstm")).hasSize(2);
    assertThat(titles("hochr*")).containsExactly("xLSTM: Extended Long Short-Term Memory");
  }

  @Test
  void aWordLedByTwoHyphensIsAPlainWordNotABrokenNot() {
    assertThat(titles("pointer --networks")).hasSize(2).isEqualTo(titles("pointer networks"));
    assertThat(titles("pointer -graph")).containsExactly("Pointer Networks");
  }

  @Test
  void aQueryThatOnlyExcludesGetsAHintUnlessADateFilterSaysWhatToSearch() {
    assertThatThrownBy(() -> titles("NOT transformer"))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("only says what to leave out")
        .hasMessageContaining("\"diffusion NOT transformer\"");
    assertThatThrownBy(() -> titles("-transformer -graph"))
        .hasMessageContaining("only says what to leave out");
    assertThat(titles("since:2024-01-01 NOT network"))
        .containsExactly("xLSTM: Extended Long Short-Term Memory");
  }

  @Test
  void sinceFilterKeepsNewerPapers() {
    assertThat(titles("networks since:2021-01-01"))
        .containsExactlyInAnyOrder("Graph Pointer Networks for Routing", "A Network of Networks");
    assertThat(titles("since:2024-01-01"))
        .containsExactlyInAnyOrder(
            "xLSTM: Extended Long Short-Term Memory", "A Network of Networks");
  }

  @Test
  void dateSortPutsTheNewestFirst() {
    SearchResults results = index.search(new SearchRequest("pointer", 10, 0, SearchSort.DATE));
    assertThat(results.hits())
        .extracting(SearchResults.Hit::title)
        .containsExactly("Graph Pointer Networks for Routing", "Pointer Networks");
  }

  @Test
  void dateSortPutsUndatedPapersAfterEveryDatedOne() {
    // "A Network of Networks" has no date and was first seen in 2026, after every publication date
    // here.
    SearchResults results = index.search(new SearchRequest("networks", 10, 0, SearchSort.DATE));
    assertThat(results.hits())
        .extracting(SearchResults.Hit::title)
        .containsExactly(
            "Graph Pointer Networks for Routing", "Pointer Networks", "A Network of Networks");
  }

  @Test
  void aRebuildOfMorePapersThanItHoldsAtOnceIndexesEveryOneOfThem() {
    try (PaperIndex big = PaperIndex.inMemory()) {
      List<Paper> many = new ArrayList<>();
      for (long id = 1; id <= 12_345; id++) {
        many.add(paper(id, "Sheep number " + id, List.of(), "Counting sheep.", null));
      }

      // Streamed, as reindex reads the store: read in batches, the last one partial.
      big.rebuild(many::iterator, 77);

      assertThat(big.size()).isEqualTo(many.size());
      assertThat(big.appliedSequence()).isEqualTo(77);
      for (String phrase :
          List.of("\"sheep number 1\"", "\"sheep number 5001\"", "\"sheep number 12345\"")) {
        assertThat(big.search(SearchRequest.of(phrase)).hits())
            .extracting(SearchResults.Hit::title)
            .contains(phrase.replace("\"", "").replace("sheep", "Sheep"));
      }
    }
  }

  @Test
  void countsAreExactUpToTenThousandAndALowerBoundBeyond() {
    try (PaperIndex big = PaperIndex.inMemory()) {
      List<Paper> many = new ArrayList<>();
      for (long id = 1; id <= SearchResults.EXACT_UP_TO + 50; id++) {
        many.add(paper(id, "Sheep number " + id, List.of(), "Counting sheep.", null));
      }
      big.upsert(many);

      SearchResults all = big.search(new SearchRequest("sheep", 10, 0, SearchSort.RELEVANCE));
      SearchResults few =
          big.search(new SearchRequest("\"sheep number 7\"", 10, 0, SearchSort.RELEVANCE));

      assertThat(all.totalExact()).isFalse();
      assertThat(all.totalHits()).isGreaterThanOrEqualTo(SearchResults.EXACT_UP_TO);
      assertThat(all.totalText()).endsWith("+");
      assertThat(all.hits()).hasSize(10);
      assertThat(few.totalExact()).isTrue();
      assertThat(few.totalText()).isEqualTo("1");
    }
  }

  @Test
  void pagingReportsTheTotal() {
    SearchResults first =
        index.search(new SearchRequest("transformers", 10, 0, SearchSort.RELEVANCE));
    SearchResults third =
        index.search(new SearchRequest("transformers", 10, 20, SearchSort.RELEVANCE));
    assertThat(first.totalHits()).isEqualTo(24);
    assertThat(first.hits()).hasSize(10);
    assertThat(third.hits()).hasSize(4);
    assertThat(third.hits())
        .extracting(SearchResults.Hit::paperId)
        .doesNotContainAnyElementsOf(
            first.hits().stream().map(SearchResults.Hit::paperId).toList());
  }

  @Test
  void snippetsMarkTheMatches() {
    SearchResults.Hit hit = index.search(SearchRequest.of("conditional probability")).hits().get(0);
    assertThat(hit.snippet()).contains("**conditional**").contains("**probability**");
    assertThat(hit.arxivId()).isEqualTo("1506.03134");
    assertThat(hit.published()).isEqualTo(LocalDate.of(2015, 6, 9));
  }

  @Test
  void badQueriesGetClearMessages() {
    assertThatThrownBy(() -> titles("\"pointer networks"))
        .isInstanceOf(QueryException.class)
        .hasMessage("unbalanced quotes in the query: every \" needs its closing \"");
    assertThatThrownBy(() -> titles("venue:neurips"))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("unknown field \"venue:\"");
    assertThatThrownBy(() -> titles("x".repeat(501)))
        .isInstanceOf(QueryException.class)
        .hasMessage("the query is longer than 500 characters (501)");
    assertThatThrownBy(() -> titles("since:yesterday"))
        .hasMessageContaining("since: needs a date like 2024-01-01");
    assertThatThrownBy(() -> titles("   ")).hasMessageStartingWith("the query is empty");
    assertThatThrownBy(() -> titles("*networks")).hasMessageContaining("cannot start with *");
    assertThatThrownBy(() -> titles("pointer AND"))
        .hasMessageStartingWith("could not read the query");
  }

  @Test
  void upsertReplacesRatherThanDuplicates() {
    index.upsert(
        List.of(
            paper(6, "A Network of Networks, Revised", List.of("Grace Hopper"), "Revised.", null)));
    assertThat(index.size()).isEqualTo(30);
    assertThat(titles("revised")).containsExactly("A Network of Networks, Revised");
  }

  @Test
  void onDiskIndexSurvivesReopening(@TempDir Path dir) {
    try (PaperIndex disk = PaperIndex.open(dir)) {
      disk.upsert(corpus());
    }
    try (PaperIndex reopened = PaperIndex.open(dir)) {
      assertThat(reopened.size()).isEqualTo(30);
      assertThat(reopened.search(SearchRequest.of("pointer networks")).hits().get(0).title())
          .isEqualTo("Pointer Networks");
    }
  }

  @Test
  void appliedChangesAreSearchableAtOnceAndTheirNumberIsKeptWhenTheIndexCloses(@TempDir Path dir) {
    try (PaperIndex disk = PaperIndex.open(dir)) {
      disk.apply(corpus(), 30);
      disk.apply(List.of(paper(31, "Alpacas at Altitude", List.of("Ada"), "Wool.", null)), 41);

      assertThat(titles(disk, "alpacas")).containsExactly("Alpacas at Altitude");
      assertThat(disk.appliedSequence()).isEqualTo(41);
    }
    try (PaperIndex reopened = PaperIndex.open(dir)) {
      assertThat(reopened.appliedSequence()).as("committed at close").isEqualTo(41);
      assertThat(reopened.size()).isEqualTo(31);
    }
  }

  @Test
  void applyingPapersTheIndexHoldsReplacesThemAfterARebuildAnUpsertOrInOneBatch() {
    index.apply(corpus(), 30);
    index.upsert(List.of(paper(31, "Alpacas at Altitude", List.of("Ada"), "Wool.", null)));
    index.apply(
        List.of(
            paper(31, "Alpacas at Altitude, Revised", List.of("Ada"), "Wool.", null),
            paper(32, "Llamas at Sea Level", List.of("Ada"), "Wool.", null),
            paper(32, "Llamas at Sea Level, Revised", List.of("Ada"), "Wool.", null)),
        33);

    assertThat(index.size()).isEqualTo(32);
    assertThat(titles("alpacas")).containsExactly("Alpacas at Altitude, Revised");
    assertThat(titles("llamas")).containsExactly("Llamas at Sea Level, Revised");
  }

  /**
   * The catch-up makes what it applies searchable at most once a second; a search in between does
   * it first, so every search finds every change applied before it.
   */
  @Test
  void eachSearchFindsTheChangesAppliedJustBeforeIt() {
    index.apply(corpus(), 30);
    for (int round = 1; round <= 40; round++) {
      long id = 30 + round;
      index.apply(List.of(paper(id, "Alpaca Census " + round, List.of("Ada"), "Wool.", null)), id);

      SearchResults found = index.search(SearchRequest.of("alpaca census " + round));
      assertThat(found.totalHits()).isEqualTo(1);
      assertThat(found.hits().get(0).title()).isEqualTo("Alpaca Census " + round);
      assertThat(index.size()).isEqualTo(id);
    }
  }

  @Test
  void aBatchLargeEnoughForTwoWritersKeepsEachPapersLastVersionOnce() {
    List<Paper> batch = new ArrayList<>();
    batch.add(paper(31, "Alpacas at Altitude", List.of("Ada"), "Wool.", null));
    batch.add(paper(5, "An Old Paper, Revised", List.of("Ada"), "Revised.", null));
    for (long id = 32; batch.size() < PaperIndex.TWO_WRITERS_FROM; id++) {
      batch.add(paper(id, "Filler " + id, List.of("Ada"), "Filler.", null));
    }
    // The paper's last version sits in the other half of the batch from its first.
    batch.add(paper(31, "Alpacas at Altitude, Revised", List.of("Ada"), "Wool.", null));

    index.apply(batch, batch.size());

    assertThat(index.size()).isEqualTo(30 + PaperIndex.TWO_WRITERS_FROM - 1);
    assertThat(titles("alpacas")).containsExactly("Alpacas at Altitude, Revised");
    assertThat(titles("revised old")).containsExactly("An Old Paper, Revised");
    assertThat(titles("filler 4000")).containsExactly("Filler 4000");
  }

  @ParameterizedTest(name = "a batch of {0}, the refused paper at {1}")
  @CsvSource({"3, 1", "4001, 1", "4001, 4000"})
  void aBatchAppliedAgainAfterADocumentFailedHoldsEachPaperOnce(int size, int refusedAt) {
    assertThat(PaperIndex.TWO_WRITERS_FROM).as("4001 is fed from two threads").isLessThan(4001);
    List<Paper> batch = new ArrayList<>();
    for (long id = 31; batch.size() < size - 1; id++) {
      batch.add(paper(id, "Filler " + id, List.of("Ada"), "Filler.", null));
    }
    // A title key longer than Lucene's longest term: the writer refuses this paper's document.
    Paper refused = paper(10_000_000, "x".repeat(40_000), List.of("Ada"), "Too long.", null);
    List<Paper> failing = new ArrayList<>(batch);
    failing.add(refusedAt, refused);
    assertThatThrownBy(() -> index.apply(failing, 1)).isInstanceOf(IllegalArgumentException.class);

    index.apply(batch, 2);

    assertThat(index.size()).isEqualTo(30 + size - 1);
    assertThat(titles("filler 31")).containsExactly("Filler 31");
  }

  @Test
  void applyingAgainWhatTheLastCommitHoldsReplacesItInACopyOrAfterReopening(@TempDir Path dir) {
    Paper alpacas = paper(40, "Alpacas at Altitude", List.of("Ada"), "Wool.", null);
    Paper llamas = paper(41, "Llamas at Sea Level", List.of("Ada"), "Wool.", null);
    try (PaperIndex disk = PaperIndex.open(dir)) {
      disk.apply(List.of(alpacas), 1);
      disk.commit();
      disk.apply(List.of(llamas), 2);

      // As another process, or this one after a crash, finds it: the last commit, alpacas only.
      try (PaperIndex copy = PaperIndex.openShared(dir)) {
        assertThat(copy.isPrivateCopy()).isTrue();
        assertThat(copy.size()).isEqualTo(1);
        copy.apply(List.of(alpacas, llamas), 2);
        assertThat(copy.size()).isEqualTo(2);
        assertThat(titles(copy, "alpacas")).containsExactly("Alpacas at Altitude");
      }
    }
    try (PaperIndex reopened = PaperIndex.open(dir)) {
      reopened.apply(List.of(alpacas, llamas), 3);
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(titles(reopened, "llamas")).containsExactly("Llamas at Sea Level");
    }
  }

  private static List<String> titles(PaperIndex index, String query) {
    return index.search(SearchRequest.of(query)).hits().stream()
        .map(SearchResults.Hit::title)
        .toList();
  }
}
