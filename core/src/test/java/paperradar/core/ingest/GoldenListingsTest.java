package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/**
 * Every format, on small fixtures written for these tests, with format detection as ingest uses it.
 */
class GoldenListingsTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 1, 10);

  static String fixture(String name) throws IOException, ListingParseException {
    try (InputStream in = GoldenListingsTest.class.getResourceAsStream("/listings/" + name)) {
      return ListingText.decode(in.readAllBytes(), name);
    }
  }

  static Listing parse(String name) throws Exception {
    return Parsers.detector().parse(fixture(name), new ParseContext(name, AS_OF), Optional.empty());
  }

  @Test
  void aimodelsWithEmojiOrRepeatedTitleAndCompactCounts() throws Exception {
    Listing listing = parse("aimodels.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.AIMODELS);
    assertThat(listing.entries()).hasSize(2);
    ListingEntry probes = listing.entries().get(0);
    assertThat(probes.title()).isEqualTo("Causal Probes for Sparse Autoencoders");
    assertThat(probes.authors()).containsExactly("Jane Q. Doe", "René O'Brien", "Zoë Krämer");
    assertThat(probes.signals())
        .isEqualTo(Map.of(SignalName.HACKER_NEWS, 1200L, SignalName.REDDIT, 15L));
    assertThat(probes.abstractText()).startsWith("Sparse autoencoders decompose");
    assertThat(probes.abstractComplete()).isFalse();
    assertThat(probes.published()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(probes.line()).isEqualTo(5);
    ListingEntry quiet = listing.entries().get(1);
    assertThat(quiet.title()).isEqualTo("Quiet Scaling Laws");
    assertThat(quiet.authors()).containsExactly("Sam Lee");
    assertThat(quiet.published()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(quiet.position()).isEqualTo(2);
  }

  @Test
  void hfDailyResolvesYearlessDatesAgainstThePageDate() throws Exception {
    Listing listing = parse("hf-daily.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_DAILY);
    assertThat(listing.entries()).hasSize(3);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).isEqualTo("Tiny Recursive Reasoners");
    assertThat(first.abstractText())
        .isEqualTo(
            "Small recursive models reason over puzzles by refining an answer many times. They beat larger models on two benchmarks.");
    assertThat(first.authorCount()).isEqualTo(2);
    // Page "Jan 3" captured 2026-01-10 is 2026-01-03; entry "Dec 30" on it is 2025-12-30.
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 12, 30));
    assertThat(first.signals()).isEqualTo(Map.of(SignalName.UPVOTES, 17L));
    ListingEntry open = listing.entries().get(1);
    assertThat(open.organization()).isEqualTo("Lab X Research Group");
    assertThat(open.authorCount()).isNull();
    assertThat(open.published()).isEqualTo(LocalDate.of(2023, 3, 14));
    assertThat(open.signals()).isEmpty();
    assertThat(listing.entries().get(2).published()).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void hfSearchAlternatesTitlesAndAbstracts() throws Exception {
    Listing listing = parse("hf-search.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_SEARCH);
    assertThat(listing.entries())
        .extracting(ListingEntry::title)
        .containsExactly("Tiny Recursive Reasoners", "Pointer Networks", "Ünïcödé Títlé: Ẃhy Nót?");
    assertThat(listing.entries().get(1).abstractText())
        .startsWith("We introduce a new neural architecture");
    assertThat(listing.entries().get(2).line()).isEqualTo(7);
  }

  @Test
  void summaryPageTakesTheTitleAfterTheArxivLink() throws Exception {
    ListingEntry entry = parse("summary-page.txt").entries().get(0);

    assertThat(entry.title()).isEqualTo("Counting Sheep with Recurrent Attention");
    assertThat(entry.arxivId()).isEqualTo(new ArxivId("2502.00123"));
    assertThat(entry.published()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.abstractText()).isEmpty();
  }

  @Test
  void arxivAtomCurrentAndLegacy() throws Exception {
    Listing current = parse("arxiv-atom.xml");
    assertThat(current.format()).isEqualTo(ListingFormat.ARXIV_ATOM);
    ListingEntry sheep = current.entries().get(0);
    assertThat(sheep.title()).isEqualTo("Counting Sheep with Recurrent Attention");
    assertThat(sheep.arxivId()).isEqualTo(new ArxivId("2502.00123"));
    assertThat(sheep.authors()).containsExactly("Ada Lovelace", "Charles Babbage");
    assertThat(sheep.abstractText()).isEqualTo("We count sheep. Quickly & correctly.");
    assertThat(sheep.published()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(current.entries().get(1).arxivId()).isEqualTo(new ArxivId("math/0309136"));

    ListingEntry legacy = parse("arxiv-atom-legacy.xml").entries().get(0);
    assertThat(legacy.title()).isEqualTo("Superfluid Helium in Nanopores");
    assertThat(legacy.abstractText()).isEqualTo("Helium in small pores behaves strangely.");
    assertThat(legacy.published()).isEqualTo(LocalDate.of(2016, 10, 4));
  }

  @Test
  void arxivErrorFeedIsAnErrorAndAnEmptyFeedIsZeroPapers() throws Exception {
    assertThatThrownBy(() -> parse("arxiv-atom-error.xml"))
        .isInstanceOf(ListingParseException.class)
        .hasMessage("arxiv-atom-error.xml:6: arXiv API error: incorrect id format for bogus");
    assertThat(parse("arxiv-atom-empty.xml").entries()).isEmpty();
  }

  @Test
  void arxivRssReplacementIsASightingWithItsAnnounceType() throws Exception {
    Listing listing = parse("arxiv-rss.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_RSS);
    ListingEntry replaced = listing.entries().get(0);
    assertThat(replaced.announceType()).isEqualTo("replace");
    assertThat(replaced.arxivId()).isEqualTo(new ArxivId("2502.00123"));
    assertThat(replaced.authors())
        .containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");
    assertThat(replaced.abstractText()).isEqualTo("We count sheep, now with more sheep.");
    assertThat(replaced.published()).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(listing.entries().get(1).announceType()).isEqualTo("new");
  }

  @Test
  void hfDailyPapersJson() throws Exception {
    Listing listing = parse("hf-daily-papers.json");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_JSON);
    ListingEntry sheep = listing.entries().get(0);
    assertThat(sheep.arxivId()).isEqualTo(new ArxivId("2611.01234"));
    assertThat(sheep.authors()).containsExactly("Ada Lovelace", "Charles Babbage");
    assertThat(sheep.signals()).isEqualTo(Map.of(SignalName.UPVOTES, 42L, SignalName.COMMENTS, 3L));
    assertThat(sheep.organization()).isEqualTo("Sheep Co");
    assertThat(sheep.published()).isEqualTo(LocalDate.of(2026, 11, 18));
    assertThat(sheep.url()).isEqualTo("https://huggingface.co/papers/2611.01234");
    assertThat(listing.entries().get(1).line()).isEqualTo(2);
  }

  @Test
  void anyRssOrAtomFeedOfPapers() throws Exception {
    Listing rss = parse("generic-rss.xml");
    assertThat(rss.format()).isEqualTo(ListingFormat.FEED);
    ListingEntry sheep = rss.entries().get(0);
    assertThat(sheep.arxivId()).isEqualTo(new ArxivId("2502.00123"));
    assertThat(sheep.abstractText()).isEqualTo("We count sheep & goats.");
    assertThat(sheep.authors()).containsExactly("Ada Lovelace", "Charles Babbage");
    assertThat(sheep.published()).isEqualTo(LocalDate.of(2026, 11, 17));
    ListingEntry report = rss.entries().get(1);
    assertThat(report.arxivId()).isNull();
    assertThat(report.url()).isEqualTo("https://lab.example/reports/7");

    ListingEntry atom = parse("generic-atom.xml").entries().get(0);
    assertThat(atom.title()).isEqualTo("Tiny Recursive Reasoners");
    assertThat(atom.arxivId()).isEqualTo(new ArxivId("2510.04871"));
    assertThat(atom.abstractText()).isEqualTo("Small recursive models.");
    assertThat(atom.authors()).containsExactly("Alexia J.");
  }

  @Test
  void eachFixtureIsRecognizedByItsOwnParserOnly() throws Exception {
    Map<String, ListingFormat> expected =
        Map.of(
            "aimodels.txt",
            ListingFormat.AIMODELS,
            "hf-daily.txt",
            ListingFormat.HF_DAILY,
            "hf-search.txt",
            ListingFormat.HF_SEARCH,
            "summary-page.txt",
            ListingFormat.SUMMARY_PAGE,
            "arxiv-atom.xml",
            ListingFormat.ARXIV_ATOM,
            "arxiv-rss.xml",
            ListingFormat.ARXIV_RSS,
            "hf-daily-papers.json",
            ListingFormat.HF_JSON);
    for (Map.Entry<String, ListingFormat> fixture : expected.entrySet()) {
      String text = fixture(fixture.getKey());
      List<ListingFormat> recognizing =
          Parsers.all().stream()
              .filter(p -> p.recognizes(text))
              .map(ListingParser::format)
              .filter(f -> f != ListingFormat.FEED)
              .toList();
      assertThat(recognizing).as(fixture.getKey()).containsExactly(fixture.getValue());
    }
  }
}
