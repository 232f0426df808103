package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static paperradar.core.ingest.GoldenListingsTest.parse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/**
 * The feed formats of issue 16, on fixtures written for these tests (real captures:
 * RealCapturesTest).
 */
class NewFeedFormatsTest {

  @Test
  void arxivRssDayKeepsAffiliationsApartAndEveryAnnounceType() throws Exception {
    Listing listing = parse("arxiv_rss_day.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_RSS);
    assertThat(listing.entries())
        .extracting(ListingEntry::announceType)
        .containsExactly("new", "new", "cross", "replace", "replace-cross");
    assertThat(listing.entries()).extracting(ListingEntry::version).containsExactly(1, 1, 1, 3, 2);
    ListingEntry lensing = listing.entries().get(0);
    assertThat(lensing.authors()).containsExactly("Tianliang Yan", "Ada Lovelace", "Grace Hopper");
    assertThat(lensing.affiliations())
        .containsExactly(
            "University of Birmingham, School of Physics and Astronomy, United Kingdom",
            "Analytical Engines Ltd, London");
    assertThat(lensing.abstractText())
        .isEqualTo(
            "We measure the lensing of the 21-cm signal & find the clusters’ mass profile agrees with simulations.");
    assertThat(lensing.published()).isEqualTo(LocalDate.of(2024, 11, 28));
    assertThat(lensing.isReplacement()).isFalse();
  }

  @Test
  void arxivRssTexNamesAndTitlesAreUnicodeAndWhole() throws Exception {
    ListingEntry accented = parse("arxiv_rss_day.xml").entries().get(1);

    assertThat(accented.title()).isEqualTo("Accented Authors and the Möbius Strip");
    assertThat(accented.authors())
        .containsExactly(
            "Dénes Kovács",
            "Przemysław Nowak",
            "Florian Tramèr",
            "José Nuñez",
            "François Gauß",
            "Jiří Šedivý",
            "Bálint Zaránd");
  }

  @Test
  void arxivRssReplacementsAndCrossListsAreMarked() throws Exception {
    Listing listing = parse("arxiv_rss_day.xml");

    ListingEntry cross = listing.entries().get(2);
    assertThat(cross.isCrossList()).isTrue();
    assertThat(cross.authors()).containsExactly("Carol Lee", "Dan Wu");
    ListingEntry replaced = listing.entries().get(3);
    assertThat(replaced.isReplacement()).isTrue();
    assertThat(replaced.arxivId()).isEqualTo(new ArxivId("1405.0312"));
    ListingEntry replacedCross = listing.entries().get(4);
    assertThat(replacedCross.isReplacement()).isTrue();
    assertThat(replacedCross.authors()).containsExactly("Frank Dyson", "Gil Strang");
    assertThat(replacedCross.affiliations())
        .containsExactly("Institute for Advanced Study (Princeton), USA");
  }

  @Test
  void arxivRssItemsKeepTheirCategoriesTheCrossListedOneToo() throws Exception {
    Listing listing = parse("arxiv_rss_day.xml");

    assertThat(listing.entries().get(0).categories()).containsExactly("astro-ph.CO");
    assertThat(listing.entries().get(2).categories()).containsExactly("gr-qc", "astro-ph.CO");
    assertThat(listing.entries().get(4).categories()).containsExactly("hep-th", "astro-ph.CO");
  }

  @Test
  void arxivApiCategoriesArePrimaryFirstWithoutAcmOrMscClasses() throws Exception {
    String atom =
        """
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
        <id>http://arxiv.org/api/q</id><title>ArXiv Query</title>
        <entry><id>http://arxiv.org/abs/2502.00123v1</id><title>Categorised</title>
        <summary>An abstract.</summary><published>2025-02-01T00:00:00Z</published>
        <author><name>Ada Lovelace</name></author>
        <arxiv:primary_category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
        <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
        <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
        <category term="I.2.7" scheme="http://arxiv.org/schemas/atom"/>
        <category term="68T50" scheme="http://arxiv.org/schemas/atom"/>
        </entry></feed>
        """;
    Listing listing =
        Parsers.detector()
            .parse(atom, new ParseContext("api.xml", GoldenListingsTest.AS_OF), Optional.empty());

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_ATOM);
    assertThat(listing.entries().get(0).categories()).containsExactly("cs.CL", "cs.LG");
  }

  @Test
  void arxivRssWithOneCreatorElementPerAuthor() throws Exception {
    String rss =
        """
        <rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
        <channel><title>cs.LG updates on arXiv.org</title><link>http://rss.arxiv.org/rss/cs.LG</link>
        <item><title>Split Creators</title><link>https://arxiv.org/abs/2502.00001</link>
        <description>arXiv:2502.00001v1 Announce Type: new
        Abstract: Two creators.</description>
        <pubDate>Mon, 24 Feb 2025 00:00:00 -0500</pubDate><arxiv:announce_type>new</arxiv:announce_type>
        <dc:creator>Alice Smith</dc:creator><dc:creator>Bob Jones (ETH Z\\"urich)</dc:creator></item>
        </channel></rss>
        """;
    Listing listing =
        Parsers.detector()
            .parse(rss, new ParseContext("split.xml", GoldenListingsTest.AS_OF), Optional.empty());

    assertThat(listing.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.authors()).containsExactly("Alice Smith", "Bob Jones");
              assertThat(entry.affiliations()).containsExactly("ETH Zürich");
            });
  }

  @Test
  void legacyRdfFeedHasItsOwnFormat() throws Exception {
    Listing listing = parse("arxiv_rdf_legacy.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_RDF);
    assertThat(listing.entries()).hasSize(2);
    ListingEntry grasp = listing.entries().get(0);
    assertThat(grasp.title()).isEqualTo("Learning to Grasp in Clutter");
    assertThat(grasp.arxivId()).isEqualTo(new ArxivId("2111.01127"));
    assertThat(grasp.authors()).containsExactly("Zheng Chen", "Florian Tramèr", "Ana Sanders");
    assertThat(grasp.abstractText())
        .isEqualTo("We learn grasps in clutter & test them on a real robot.");
    assertThat(grasp.published()).isEqualTo(LocalDate.of(2021, 11, 3));
    assertThat(grasp.announceType()).isEqualTo("new");
    assertThat(grasp.version()).isEqualTo(1);
    ListingEntry planner = listing.entries().get(1);
    assertThat(planner.title()).isEqualTo("A Replaced Planner");
    assertThat(planner.announceType()).isEqualTo("replace");
    assertThat(planner.isReplacement()).isTrue();
    assertThat(planner.version()).isEqualTo(4);
    assertThat(planner.authors()).containsExactly("Andrew Ng");
    assertThat(listing.entries())
        .extracting(ListingEntry::categories)
        .containsOnly(java.util.List.of("cs.RO"));
  }

  @Test
  void hfDailyPapers2024SchemaLosesHardLineBreaks() throws Exception {
    Listing listing = parse("hf_daily_2024.json");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_JSON);
    ListingEntry bitnet = listing.entries().get(0);
    assertThat(bitnet.arxivId()).isEqualTo(new ArxivId("2402.17764"));
    assertThat(bitnet.abstractText())
        .isEqualTo(
            "Recent research, such as BitNet, is paving the way for a new era of "
                + "1-bit Large Language Models (LLMs). In this work, we introduce a 1-bit LLM variant, namely BitNet b1.58.");
    assertThat(bitnet.authors()).containsExactly("Shuming Ma", "Hongyu Wang", "Furu Wei");
    assertThat(bitnet.signals())
        .containsEntry(SignalName.UPVOTES, 412L)
        .containsEntry(SignalName.COMMENTS, 31L);
    assertThat(listing.entries().get(1).title())
        .isEqualTo(
            "Sora: A Review on Background, Technology, Limitations, and Opportunities of Large Vision Models");
  }

  @Test
  void biorxivDetailsKeepDoiVersionAndGivenNamesFirst() throws Exception {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Listing listing;
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      listing = parse("biorxiv_details.json");
    } finally {
      System.setErr(stderr);
    }

    assertThat(listing.format()).isEqualTo(ListingFormat.BIORXIV_JSON);
    ListingEntry kcnq = listing.entries().get(0);
    assertThat(kcnq.doi()).isEqualTo("10.1101/2023.12.30.573731");
    assertThat(kcnq.version()).isEqualTo(2);
    assertThat(kcnq.url()).isEqualTo("https://www.biorxiv.org/content/10.1101/2023.12.30.573731v2");
    assertThat(kcnq.authors()).containsExactly("A. K. Sinha", "C. Lee", "J. Müller");
    assertThat(kcnq.abstractText())
        .isEqualTo(
            "Efferent input to hair cells excites them slowly; we show that "
                + "KCNQ2/3 shapes it & more.");
    assertThat(kcnq.published()).isEqualTo(LocalDate.of(2024, 1, 1));
    ListingEntry cohort = listing.entries().get(1);
    assertThat(cohort.url())
        .isEqualTo("https://www.medrxiv.org/content/10.1101/2024.01.01.24300001v1");
    assertThat(cohort.authors()).containsExactly("Jane Doe", "R. Roe");
    assertThat(cohort.published()).isNull();
    assertThat(warnings.toString(StandardCharsets.UTF_8))
        .contains("biorxiv_details.json:")
        .contains("unreadable date")
        .contains("not a date");
  }

  @Test
  void genericFeedReadsZoneNamesNumericEntitiesAndKeepsAnUndatedPaper() throws Exception {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Listing listing;
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      listing = parse("feed_zone_dates.xml");
    } finally {
      System.setErr(stderr);
    }

    assertThat(listing.format()).isEqualTo(ListingFormat.FEED);
    assertThat(listing.entries())
        .extracting(ListingEntry::published)
        .containsExactly(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 3), null);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).isEqualTo("Attention’s Limits & Beyond");
    assertThat(first.abstractText())
        .isEqualTo("We study attention’s limits. Line two — ends here.");
    assertThat(first.authors()).containsExactly("Ana Author", "Ben Writer");
    assertThat(warnings.toString(StandardCharsets.UTF_8))
        .contains("feed_zone_dates.xml:")
        .contains("sometime next week")
        .contains("kept without a date");
  }

  @Test
  void semanticScholarSearchAndBatchAreDetected() throws Exception {
    String search =
        "{\"total\": 2, \"offset\": 0, \"next\": 2, \"data\": [{\"paperId\": \"abc123\", \"title\": "
            + "\"A G\\\\\\\"odel Paper\", \"abstract\": \"Line one\\nline two.\", \"authors\": [{\"authorId\": \"1\", "
            + "\"name\": \"Kurt G\\u00f6del\"}], \"year\": 2021, \"publicationDate\": \"2021-03-06\", \"externalIds\": "
            + "{\"ArXiv\": \"2103.04036\", \"DOI\": \"10.1145/ABC\", \"PubMed\": \"12345\"}, \"url\": "
            + "\"https://www.semanticscholar.org/paper/abc123\", \"citationCount\": 42},\n{\"paperId\": \"def456\", "
            + "\"title\": \"Year Only\", \"abstract\": null, \"authors\": [], \"year\": 2020, \"publicationDate\": null, "
            + "\"externalIds\": {}, \"url\": \"https://www.semanticscholar.org/paper/def456\"}]}";
    Listing listing =
        Parsers.detector()
            .parse(search, new ParseContext("s2.json", GoldenListingsTest.AS_OF), Optional.empty());

    assertThat(listing.format()).isEqualTo(ListingFormat.S2_JSON);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).isEqualTo("A Gödel Paper");
    assertThat(first.s2Id()).isEqualTo("abc123");
    assertThat(first.doi()).isEqualTo("10.1145/abc");
    assertThat(first.pmid()).isEqualTo("12345");
    assertThat(first.arxivId()).isEqualTo(new ArxivId("2103.04036"));
    assertThat(first.url()).isEqualTo("https://arxiv.org/abs/2103.04036");
    assertThat(first.abstractText()).isEqualTo("Line one line two.");
    assertThat(first.published()).isEqualTo(LocalDate.of(2021, 3, 6));
    ListingEntry yearOnly = listing.entries().get(1);
    assertThat(yearOnly.published()).isNull();
    assertThat(yearOnly.url()).isEqualTo("https://www.semanticscholar.org/paper/def456");

    Listing batch =
        Parsers.detector()
            .parse(
                "[null, {\"paperId\": \"x1\", \"title\": \"Batch Paper\"}, null]",
                new ParseContext("batch.json", GoldenListingsTest.AS_OF),
                Optional.empty());
    assertThat(batch.format()).isEqualTo(ListingFormat.S2_JSON);
    assertThat(batch.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.s2Id()).isEqualTo("x1"));
  }

  @Test
  void pubmedEfetchReadsIdsMarkupAndDates() throws Exception {
    String xml =
        """
        <?xml version="1.0" ?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
        <PubmedArticleSet>
        <PubmedArticle><MedlineCitation><PMID Version="1">11111</PMID><Article>
          <Journal><JournalIssue><PubDate><Year>2020</Year><Month>Mar</Month></PubDate></JournalIssue></Journal>
          <ArticleTitle>Effects of <i>E. coli</i> on CO<sub>2</sub> uptake.</ArticleTitle>
          <Abstract><AbstractText Label="BACKGROUND">First part.</AbstractText><AbstractText Label="RESULTS">Second
           part with <b>bold</b>.</AbstractText></Abstract>
          <AuthorList><Author><LastName>M&#252;ller</LastName><ForeName>Anna</ForeName></Author>
            <Author><CollectiveName>The Study Group</CollectiveName></Author></AuthorList>
          <ELocationID EIdType="doi">10.1000/ABC.1</ELocationID>
        </Article></MedlineCitation></PubmedArticle>
        <PubmedArticle><MedlineCitation><PMID>22222</PMID><Article>
          <Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue></Journal>
          <ArticleTitle>Second.</ArticleTitle>
          <ArticleDate DateType="Electronic"><Year>1998</Year><Month>11</Month><Day>20</Day></ArticleDate>
        </Article></MedlineCitation>
        <PubmedData><ArticleIdList><ArticleId IdType="pubmed">22222</ArticleId><ArticleId IdType="doi">10.9/x</ArticleId></ArticleIdList></PubmedData>
        </PubmedArticle>
        </PubmedArticleSet>
        """;
    Listing listing =
        Parsers.detector()
            .parse(xml, new ParseContext("efetch.xml", GoldenListingsTest.AS_OF), Optional.empty());

    assertThat(listing.format()).isEqualTo(ListingFormat.PUBMED_XML);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).isEqualTo("Effects of E. coli on CO2 uptake.");
    assertThat(first.pmid()).isEqualTo("11111");
    assertThat(first.doi()).isEqualTo("10.1000/abc.1");
    assertThat(first.url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/11111/");
    assertThat(first.authors()).containsExactly("Anna Müller", "The Study Group");
    assertThat(first.abstractText())
        .isEqualTo("BACKGROUND: First part. RESULTS: Second part with bold.");
    assertThat(first.published()).isEqualTo(LocalDate.of(2020, 3, 1));
    ListingEntry second = listing.entries().get(1);
    assertThat(second.published()).isEqualTo(LocalDate.of(1998, 11, 20));
    assertThat(second.doi()).isEqualTo("10.9/x");
  }

  @Test
  void writtenSemanticScholarAndPubmedFixtures() throws Exception {
    Listing s2 = parse("s2_search.json");
    assertThat(s2.format()).isEqualTo(ListingFormat.S2_JSON);
    assertThat(s2.entries())
        .extracting(ListingEntry::doi)
        .containsExactly("10.1000/gnn.2023", "10.1000/trial");
    assertThat(s2.entries().get(1).pmid()).isEqualTo("31000000");
    assertThat(s2.entries().get(1).abstractText()).isEmpty();

    Listing pubmed = parse("pubmed_efetch.xml");
    assertThat(pubmed.format()).isEqualTo(ListingFormat.PUBMED_XML);
    ListingEntry imaging = pubmed.entries().get(0);
    assertThat(imaging.title()).isEqualTo("Deep learning for in vivo imaging.");
    assertThat(imaging.authors()).containsExactly("Przemysław Nowak", "Imaging Consortium");
    assertThat(imaging.abstractText())
        .isEqualTo("PURPOSE: To image. RESULTS: It works in 95% of cases (p < 0.05).");
    assertThat(imaging.published()).isEqualTo(LocalDate.of(2020, 12, 1));
    assertThat(imaging.doi()).isEqualTo("10.1000/imaging.1");
  }

  @Test
  void pubmedRefusesExternalEntities() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&x;"
            + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";

    assertThatThrownBy(
            () ->
                Parsers.detector()
                    .parse(
                        xml,
                        new ParseContext("xxe.xml", GoldenListingsTest.AS_OF),
                        Optional.empty()))
        .isInstanceOf(ListingParseException.class)
        .hasMessageStartingWith("xxe.xml:1:");
  }

  @Test
  void jsonWithoutTheExpectedArrayNamesTheField() {
    assertThatThrownBy(
            () ->
                new BiorxivParser()
                    .parse(
                        "{\"messages\":[{\"status\":\"no posts found\"}]}",
                        new ParseContext("empty.json", GoldenListingsTest.AS_OF)))
        .isInstanceOf(ListingParseException.class)
        .hasMessageContaining("\"collection\"");
  }
}
