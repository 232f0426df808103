package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static paperradar.core.ingest.AcceptanceParsing.parseShared;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/** The real seed listings in ../shared/seeds, parsed with format detection. */
class SeedListingsAcceptanceTest {

  @Test
  void aimodelsListingHasTwentyEntriesWithSignalsAndDates() throws Exception {
    Listing listing = parseShared("seeds/000_e77648bc5867f914.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.AIMODELS);
    assertThat(listing.entries()).hasSize(20);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).isEqualTo("xLSTM: Extended Long Short-Term Memory");
    assertThat(first.authors())
        .hasSize(9)
        .startsWith("Maximilian Beck")
        .endsWith("Sepp Hochreiter");
    assertThat(first.signals())
        .isEqualTo(Map.of(SignalName.HACKER_NEWS, 192L, SignalName.REDDIT, 0L));
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 8));
    assertThat(first.abstractComplete()).isFalse();
    ListingEntry privacy = listing.entries().get(3);
    assertThat(privacy.title())
        .isEqualTo(
            "Beyond Memorization: Violating Privacy Via Inference with Large Language Models");
    assertThat(privacy.authors())
        .containsExactly("Robin Staab", "Mark Vero", "Mislav Balunović", "Martin Vechev");
    // The page lost TeX's backslashes (J'er'emy); the names read as the arXiv API spells them.
    assertThat(listing.entries())
        .flatExtracting(ListingEntry::authors)
        .contains("Jérémy Scheurer")
        .noneMatch(name -> name.matches(".*\\p{L}'\\p{Ll}.*"));
    ListingEntry topos = listing.entries().get(19);
    assertThat(topos.title()).isEqualTo("The Topos of Transformer Networks");
    assertThat(topos.signals())
        .isEqualTo(Map.of(SignalName.HACKER_NEWS, 3L, SignalName.REDDIT, 1L));
    assertThat(topos.published()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(listing.entries())
        .extracting(ListingEntry::position)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
  }

  @Test
  void dailyPapersDec8HasThirtyOneEntries() throws Exception {
    Listing listing = parseShared("seeds/001_c86545dfc6a4d265.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_DAILY);
    assertThat(listing.entries()).hasSize(31);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title())
        .isEqualTo("Adding Gradient Noise Improves Learning for Very Deep Networks");
    assertThat(first.authorCount()).isEqualTo(7);
    assertThat(first.published()).isEqualTo(LocalDate.of(2015, 11, 20));
    assertThat(first.abstractComplete()).isTrue();
    ListingEntry pointer = listing.entries().get(1);
    assertThat(pointer.title()).isEqualTo("Pointer Networks");
    assertThat(pointer.authorCount()).isEqualTo(3);
    assertThat(pointer.published()).isEqualTo(LocalDate.of(2015, 6, 9));
    assertThat(listing.entries())
        .anySatisfy(entry -> assertThat(entry.organization()).isEqualTo("Sakana AI"));
    ListingEntry last = listing.entries().get(30);
    // "Oct 24" has no year: the most recent Oct 24 not after the page date (Dec 8, 2025).
    assertThat(last.published()).isEqualTo(LocalDate.of(2025, 10, 24));
  }

  @Test
  void dailyPapersNov13HasSixtyTwoEntriesWithUpvotes() throws Exception {
    Listing listing = parseShared("seeds/004_17e0fda867bfce20.txt");

    assertThat(listing.entries()).hasSize(62);
    ListingEntry first = listing.entries().get(0);
    assertThat(first.title()).startsWith("DDMI: Domain-Agnostic Latent Diffusion Models");
    assertThat(first.authorCount()).isEqualTo(4);
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 1, 23));
    // "Apr 17 4": a year-less date (resolved against the page date, Nov 13, 2026) and 4 upvotes.
    assertThat(listing.entries())
        .anySatisfy(
            entry -> {
              assertThat(entry.published()).isEqualTo(LocalDate.of(2026, 4, 17));
              assertThat(entry.signals()).containsEntry(SignalName.UPVOTES, 4L);
            });
  }

  @Test
  void searchPageHasTwoHundredSixEntriesWithoutTheSubscribeGlue() throws Exception {
    Listing listing = parseShared("seeds/002_9583f77ed318037f.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.HF_SEARCH);
    assertThat(listing.entries()).hasSize(206);
    assertThat(listing.entries().get(0).title())
        .isEqualTo("SpiralMLP: A Lightweight Vision MLP Architecture");
    assertThat(listing.entries().get(0).abstractText()).startsWith("We present SpiralMLP");
    assertThat(listing.entries().get(1).title())
        .isEqualTo("Strip-MLP: Efficient Token Interaction for Vision MLP");
    assertThat(listing.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.authors()).isEmpty();
              assertThat(entry.published()).isNull();
              assertThat(entry.signals()).isEmpty();
            });
  }

  @Test
  void summaryPageIsTheRealPaperNotTheHeadline() throws Exception {
    Listing listing = parseShared("seeds/003_4aa2a30aa168dd39.txt");

    assertThat(listing.format()).isEqualTo(ListingFormat.SUMMARY_PAGE);
    assertThat(listing.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.title()).isEqualTo("The Topos of Transformer Networks");
              assertThat(entry.arxivId()).isEqualTo(new ArxivId("2403.18415"));
              assertThat(entry.published()).isEqualTo(LocalDate.of(2024, 3, 28));
              assertThat(entry.abstractText()).isEmpty();
            });
  }
}
