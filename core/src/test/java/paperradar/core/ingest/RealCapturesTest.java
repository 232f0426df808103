package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ArxivId;

/**
 * Real responses of the services, from public projects' test folders (see {@code
 * src/test/resources/fixtures/real/PROVENANCE.md}), parsed with format detection as ingest does.
 */
class RealCapturesTest {

  private static Listing parseReal(String name) throws IOException, ListingParseException {
    try (InputStream in = RealCapturesTest.class.getResourceAsStream("/fixtures/real/" + name)) {
      String text = ListingText.decode(in.readAllBytes(), name);
      return Parsers.detector()
          .parse(text, new ParseContext(name, LocalDate.of(2026, 12, 3)), Optional.empty());
    }
  }

  @Test
  void legacyArxivRdfFeedFrom2018() throws Exception {
    Listing listing = parseReal("arxiv_rdf_legacy_hep-ex_2018-05-23_3items_physbiblio.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_RDF);
    assertThat(listing.entries())
        .extracting(ListingEntry::title)
        .containsExactly(
            "Measurement of Transverse Single Spin Asymmetries",
            "Recent Top quark results from the Tevatron",
            "New Perspective on Hybrid Mesons");
    assertThat(listing.entries())
        .extracting(ListingEntry::announceType)
        .containsExactly("new", "cross", "replace");
    assertThat(listing.entries()).extracting(ListingEntry::version).containsExactly(1, 1, 2);
    // The category in the title's suffix, then the feed's own (hep-ex), which the paper joins.
    assertThat(listing.entries())
        .extracting(ListingEntry::categories)
        .containsExactly(
            java.util.List.of("hep-ex"),
            java.util.List.of("hep-ex"),
            java.util.List.of("nucl-th", "hep-ex"));
    assertThat(listing.entries())
        .extracting(ListingEntry::published)
        .containsOnly(LocalDate.of(2018, 5, 23));
    ListingEntry first = listing.entries().get(0);
    assertThat(first.arxivId()).isEqualTo(new ArxivId("1805.08875"));
    assertThat(first.authors()).containsExactly("Christopher Dilks");
    assertThat(first.abstractText())
        .startsWith("In 2015 the first collisions between polarized protons")
        .contains("range of $2.6<\\eta<4$. Within this kinematic range")
        .doesNotContain("<p>")
        .doesNotContain("\n");
    assertThat(listing.entries().get(2).authors())
        .containsExactly(
            "Shu-Sheng Xu",
            "Zhu-Fang Cui",
            "Lei Chang",
            "Joannis Papavassiliou",
            "Craig D. Roberts",
            "Hong-Shi Zong");
  }

  /** Ten items of rss.arxiv.org's whole feed of 2024-11-28 (1,504 items), exactly as served. */
  private static final String RSS_DAY = "arxiv_rss_2024-11-28_10of1504items_aioarxiv.xml";

  @Test
  void newArxivRssDayKeepsEveryAnnounceTypeVersionAndCategory() throws Exception {
    Listing listing = parseReal(RSS_DAY);

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_RSS);
    assertThat(listing.entries())
        .extracting(entry -> entry.arxivId().value())
        .containsExactly(
            "2411.17709",
            "2411.17748",
            "2411.17755",
            "2411.17817",
            "2202.06515",
            "2411.16552",
            "1401.3665",
            "2211.02603",
            "2402.19390",
            "2411.06802");
    assertThat(listing.entries())
        .extracting(ListingEntry::announceType)
        .containsExactly(
            "new", "new", "new", "new", "cross", "cross", "replace", "replace", "replace",
            "replace");
    assertThat(listing.entries())
        .extracting(ListingEntry::version)
        .containsExactly(1, 1, 1, 1, 3, 1, 4, 4, 2, 2);
    assertThat(listing.entries())
        .extracting(ListingEntry::published)
        .containsOnly(LocalDate.of(2024, 11, 28));
    assertThat(listing.entries().get(5).categories())
        .containsExactly("stat.AP", "cs.LG", "econ.EM", "stat.ME", "stat.ML");
    assertThat(listing.entries().get(5).abstractText())
        .startsWith("Targeting and personalization policies can be used to improve outcomes")
        .doesNotContain("Announce Type");
  }

  @Test
  void newArxivRssDayKeepsAffiliationsOutOfTheNames() throws Exception {
    Listing listing = parseReal(RSS_DAY);

    // The paper the issue saw split into 46 "authors".
    ListingEntry squeezing = listing.entries().get(3);
    assertThat(squeezing.authors())
        .containsExactly(
            "Tianliang Yan",
            "Yubao Liu",
            "Leonid Prokhorov",
            "Jiri Smetana",
            "Haixing Miao",
            "Yiqiu Ma",
            "Vincent Boyer",
            "Denis Martynov");
    assertThat(squeezing.affiliations())
        .contains(
            "University of Birmingham, School of Physics and Astronomy, Birmingham, United Kingdom");
    assertThat(listing.entries().get(1).authors())
        .containsExactly(
            "Mohammed Riadh Berramdane",
            "Alexandre Battiston",
            "Michele Bardi",
            "Nicolas Blet",
            "Benjamin Rémy",
            "Matthieu Urbain");
    assertThat(listing.entries().get(1).affiliations()).containsExactly("IFPEN", "LEMTA");
    assertThat(listing.entries().get(7).authors())
        .hasSize(12)
        .contains("Özenç Güngör", "Quinn Taylor")
        .allSatisfy(name -> assertThat(name).doesNotContain("COMPACT"));
    assertThat(listing.entries().get(7).affiliations()).containsExactly("COMPACT Collaboration");
    assertThat(listing.entries().get(9).authors()).startsWith("Yuxiu Shao");
    assertThat(listing.entries())
        .flatExtracting(ListingEntry::authors)
        .allSatisfy(name -> assertThat(name).isNotBlank())
        .noneMatch(name -> name.matches(".*[(){}\\\\].*"));
  }

  @Test
  void newArxivRssDayNamesAreUnicodeWhole() throws Exception {
    Listing listing = parseReal(RSS_DAY);

    assertThat(listing.entries().get(0).authors())
        .contains("Przemysław Olbratowski", "Paweł Niedbalski", "Jarosław Żygierewicz");
    assertThat(listing.entries().get(2).authors())
        .containsExactly(
            "Dénes Berta", "Balduin Katzer", "Katrin Schulz", "Péter Dusán Ispánovity");
    assertThat(listing.entries().get(8).authors())
        .containsExactly(
            "Patrik Penc",
            "Cătălin Paşcu Moca",
            "Örs Legeza",
            "Tomaž Prosen",
            "Gergely Zaránd",
            "Miklós Antal Werner");
  }

  @Test
  void semanticScholarBatchWithAnUnknownId() throws Exception {
    Listing listing = parseReal("s2_paper_batch_4ids_one_unknown_2024.json");

    assertThat(listing.format()).isEqualTo(ListingFormat.S2_JSON);
    assertThat(listing.entries()).hasSize(3);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title())
        .isEqualTo("How Much Should We Trust Differences-in-Differences Estimates?");
    assertThat(first.s2Id()).isEqualTo("c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce");
    assertThat(first.doi()).isEqualTo("10.2139/ssrn.288970");
    assertThat(first.arxivId()).isNull();
    assertThat(first.authors()).containsExactly("Marianne Bertrand", "E. Duflo", "S. Mullainathan");
    assertThat(first.published()).isEqualTo(LocalDate.of(2001, 10, 1));
    assertThat(first.url())
        .isEqualTo(
            "https://www.semanticscholar.org/paper/c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce");
    assertThat(first.abstractText())
        .startsWith("Most Difference-in-Difference (DD) papers")
        .doesNotContain("\n");
  }

  @Test
  void semanticScholarSearchWithTitlesOnly() throws Exception {
    Listing listing = parseReal("s2_paper_search_turing_fields_title_2024_trimmed5.json");

    assertThat(listing.format()).isEqualTo(ListingFormat.S2_JSON);
    assertThat(listing.entries()).hasSize(5);
    assertThat(listing.entries().get(1).title())
        .isEqualTo(
            "Quantum theory, the Church–Turing principle and the universal quantum computer");
    assertThat(listing.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.s2Id()).hasSize(40);
              assertThat(entry.authors()).isEmpty();
              assertThat(entry.published()).isNull();
            });
  }

  @Test
  void pubmedEfetchWithADoctypeAndSeasonDate() throws Exception {
    Listing listing = parseReal("pubmed_efetch_2articles_biopython_pubmed1.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.PUBMED_XML);
    assertThat(listing.entries()).hasSize(2);
    ListingEntry aids = listing.entries().get(0);
    assertThat(aids.pmid()).isEqualTo("12091962");
    assertThat(aids.title())
        .isEqualTo("The treatment of AIDS behind the walls of correctional facilities.");
    assertThat(aids.authors()).containsExactly("J Michael Olivero");
    assertThat(aids.abstractText()).isEmpty();
    assertThat(aids.published()).isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(aids.doi()).isNull();
    ListingEntry flavo = listing.entries().get(1);
    assertThat(flavo.pmid()).isEqualTo("9997");
    assertThat(flavo.doi()).isEqualTo("10.1016/0005-2795(76)90109-4");
    // 1976-09-28: before 1990-01-01, the floor below which a date is taken as unreadable (issue
    // 17's clean values), so the paper is kept undated.
    assertThat(flavo.published()).isNull();
    assertThat(flavo.abstractText())
        .startsWith("Electron paramagnetic resonance and magnetic susceptibility");
  }

  @Test
  void pubmedEfetchWithAStructuredAbstractAndAnElectronicDate() throws Exception {
    Listing listing = parseReal("pubmed_efetch_structured_abstract_biopython_pubmed5.xml");

    ListingEntry article = listing.entries().get(0);
    assertThat(article.pmid()).isEqualTo("28775130");
    assertThat(article.doi()).isEqualTo("10.1136/oemed-2017-104431");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 8, 3));
    assertThat(article.authors()).startsWith("Catherine C Lerro", "Laura E Beane Freeman");
    assertThat(article.abstractText())
        .startsWith("OBJECTIVES: Animal studies suggest")
        .contains(" METHODS: ")
        .contains(" RESULTS: ")
        .contains(" CONCLUSIONS: ");
  }
}
