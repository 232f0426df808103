package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;
import paperradar.core.store.Capture;
import paperradar.core.store.DateClass;
import paperradar.core.store.PaperSighting;
import paperradar.core.store.SourceAuthority;

class ListingCapturesTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

  @Test
  void everyFieldTheStoreKeepsIsCarriedOver() {
    ListingEntry entry =
        ListingEntry.builder(3, 40, "Pointer Networks")
            .arxivId(new ArxivId("1506.03134"))
            .authors(List.of("Oriol Vinyals"))
            .organization("Google")
            .abstractText("Cut abs", false)
            .published(LocalDate.of(2015, 6, 9))
            .url("https://arxiv.org/abs/1506.03134")
            .signal(SignalName.UPVOTES, 7)
            .announceType("new")
            .version(1)
            .doi("10.1/x")
            .pmid("42")
            .s2Id("abc")
            .categories(List.of("cs.LG", "stat.ML"))
            .build();

    Capture capture =
        ListingCaptures.capture(
            "in.xml", new Listing(ListingFormat.ARXIV_RSS, List.of(entry)), AT, "ab".repeat(32));

    assertThat(capture.input()).isEqualTo("in.xml");
    assertThat(capture.format()).isEqualTo("arxiv-rss");
    assertThat(capture.capturedAt()).isEqualTo(AT);
    assertThat(capture.contentSha256()).isEqualTo("ab".repeat(32));
    assertThat(capture.sightings())
        .containsExactly(
            new PaperSighting(
                3,
                "Pointer Networks",
                new ArxivId("1506.03134"),
                List.of("Oriol Vinyals"),
                null,
                "Google",
                "Cut abs",
                false,
                LocalDate.of(2015, 6, 9),
                DateClass.ANNOUNCEMENT,
                SourceAuthority.ARXIV_RSS,
                "https://arxiv.org/abs/1506.03134",
                Map.of(SignalName.UPVOTES, 7L),
                "new",
                1,
                LocalDate.of(2015, 6, 9),
                "10.1/x",
                "42",
                "abc",
                List.of("cs.LG", "stat.ML"),
                null));
  }

  @ParameterizedTest
  @EnumSource(ListingFormat.class)
  void onlyTheArxivApiTheHuggingFaceApiAndTheSummaryPageGiveArxivsOwnDates(ListingFormat format) {
    ListingEntry entry =
        ListingEntry.builder(1, 1, "Dated").published(LocalDate.of(2024, 5, 8)).build();

    boolean byArxiv = ListingCaptures.sighting(entry, format).publishedByArxiv();

    assertThat(byArxiv)
        .isEqualTo(
            format == ListingFormat.ARXIV_ATOM
                || format == ListingFormat.HF_JSON
                || format == ListingFormat.SUMMARY_PAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"replace", "replace-cross", "cross"})
  void aReplacementOrCrossListGivesNoPaperDateButAReplacementDatesItsVersion(String type) {
    ListingEntry entry =
        ListingEntry.builder(1, 1, "Old paper")
            .arxivId(new ArxivId("1405.0001"))
            .published(LocalDate.of(2024, 11, 28))
            .announceType(type)
            .version(type.equals("cross") ? null : 3)
            .build();

    PaperSighting sighting = ListingCaptures.sighting(entry, ListingFormat.ARXIV_RSS);

    assertThat(sighting.published()).isNull();
    assertThat(sighting.announcesKnownPaper()).isTrue();
    assertThat(sighting.versionDate())
        .isEqualTo(type.equals("cross") ? null : LocalDate.of(2024, 11, 28));
  }
}
