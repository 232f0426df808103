package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static paperradar.core.ingest.AcceptanceParsing.parseShared;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import paperradar.core.SharedData;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/** The real feed captures in ../shared/fixtures, parsed with format detection. */
class FeedFixturesAcceptanceTest {

  @Test
  void currentArxivApiResponseHasTenEntries() throws Exception {
    Listing listing = parseShared("fixtures/arxiv_api_query_2026_search_testing_10entries.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_ATOM);
    assertThat(listing.entries()).hasSize(10);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title())
        .isEqualTo(
            "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques");
    assertThat(first.arxivId()).isEqualTo(new ArxivId("2202.12139"));
    assertThat(first.authors())
        .containsExactly("Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker");
    assertThat(first.published()).isEqualTo(LocalDate.of(2022, 2, 24));
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.abstractText()).startsWith("Deep Learning (DL) has revolutionized");
  }

  @Test
  void emptyArxivResultIsZeroPapers() throws Exception {
    assertThat(parseShared("fixtures/arxiv_api_query_2026_empty_result.xml").entries()).isEmpty();
  }

  @Test
  void legacyArxivResponsesParse() throws Exception {
    Listing search =
        parseShared("fixtures/arxiv_api_query_legacy2016_au_del_maestro_10entries.xml");
    assertThat(search.format()).isEqualTo(ListingFormat.ARXIV_ATOM);
    assertThat(search.entries()).hasSize(10);
    assertThat(search.entries()).allSatisfy(entry -> assertThat(entry.authors()).isNotEmpty());

    Listing byId = parseShared("fixtures/arxiv_api_query_legacy2016_idlist_1111.2011v2.xml");
    assertThat(byId.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.title())
                  .isEqualTo(
                      "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit");
              assertThat(entry.arxivId()).isEqualTo(new ArxivId("1111.2011"));
              assertThat(entry.published()).isEqualTo(LocalDate.of(2011, 11, 8));
              assertThat(entry.abstractText())
                  .startsWith("Theoretical description of anisotropic systems");
            });
  }

  @Test
  void arxivRssCarriesAnnounceTypesAndCreators() throws Exception {
    Listing listing =
        parseShared("fixtures/arxiv_rss2_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_4items_trimmed.xml");

    assertThat(listing.format()).isEqualTo(ListingFormat.ARXIV_RSS);
    assertThat(listing.entries())
        .extracting(ListingEntry::announceType)
        .containsExactly("new", "new", "cross", "replace");
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title())
        .isEqualTo("The Drift Contract: Spectral Updates for Depth-Robust Local Learning");
    assertThat(first.arxivId()).isEqualTo(new ArxivId("2609.26811"));
    assertThat(first.authors()).containsExactly("Fabien Polly");
    assertThat(first.published()).isEqualTo(LocalDate.of(2026, 9, 24));
    assertThat(first.abstractText()).startsWith("Local learning trains each layer");
  }

  @Test
  void hfDailyPapersJsonHasThirtyItemsWithUpvotesAndComments() throws Exception {
    Listing listing = parseShared("fixtures/hf_daily_papers_2026-06-12_30items.json");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_JSON);
    assertThat(listing.entries()).hasSize(30);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).startsWith("On the Limits of LLM Adaptability");
    assertThat(first.arxivId()).isEqualTo(new ArxivId("2606.00467"));
    assertThat(first.authors())
        .containsExactly("Etienne Casanova", "Rafal Kocielnik", "R. Michael Alvarez");
    assertThat(first.signals())
        .containsEntry(SignalName.UPVOTES, 0L)
        .containsEntry(SignalName.COMMENTS, 2L);
    assertThat(first.organization()).isEqualTo("California institute of technology");
    assertThat(first.published()).isEqualTo(LocalDate.of(2026, 5, 30));
  }

  @Test
  void slackAndDiscordCapturesAreNoListings() {
    // Resolved outside the assertion: without ../shared the test is skipped, not failed by the
    // skip's exception.
    SharedData.require("fixtures/slack_chat.postMessage_success_response.json");

    assertThatThrownBy(() -> parseShared("fixtures/slack_chat.postMessage_success_response.json"))
        .isInstanceOf(ListingParseException.class)
        .hasMessageContaining("not a listing");
  }

  @Test
  void hfDailyPapersAbstractsLoseTheirHardLineBreaks() throws Exception {
    Listing listing = parseShared("fixtures/hf_daily_papers_2026-06-12_30items.json");

    assertThat(listing.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.abstractText()).doesNotContain("\n").doesNotContain("  ");
              assertThat(entry.title()).doesNotContain("\n");
            });
  }

  @Test
  void realArxivRssKeepsVersionsAndMarksTheReplacement() throws Exception {
    Listing listing =
        parseShared("fixtures/arxiv_rss2_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_4items_trimmed.xml");

    assertThat(listing.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.version()).isNotNull().isPositive();
              assertThat(entry.authors())
                  .allSatisfy(name -> assertThat(name).doesNotContain("(", ")", "\\"));
            });
    assertThat(listing.entries()).filteredOn(ListingEntry::isReplacement).hasSize(1);
    assertThat(listing.entries()).filteredOn(ListingEntry::isCrossList).hasSize(1);
  }
}
