package paperradar.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.SharedData;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.TestDatabase;

/**
 * The real seeds: ingest four, subscribe, ingest the fifth; the topic shows the new listing's
 * matches.
 */
class SeedsSubscribeAcceptanceTest {

  private static final List<String> FIRST_FOUR =
      List.of(
          "000_e77648bc5867f914.txt",
          "001_c86545dfc6a4d265.txt",
          "002_9583f77ed318037f.txt",
          "003_4aa2a30aa168dd39.txt");
  private static final String LATER = "004_17e0fda867bfce20.txt";
  private static final ChannelRef LAB = ChannelRef.slack("T1", "C-lab");

  @TempDir Path temp;

  @Test
  void aTopicCountsTheMatchesOfListingsIngestedAfterItWasMade() throws Exception {
    Path seeds = SharedData.require("seeds");
    try (RadarFixture radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")))) {
      for (String seed : FIRST_FOUR) {
        Path path = seeds.resolve(seed);
        radar.ingestor.ingest(
            path.toString(),
            Files.readAllBytes(path),
            LocalDate.of(2026, 11, 21),
            Optional.empty());
      }
      assertThat(radar.ask(LAB, "/papers subscribe language model").ok()).isTrue();
      assertThat(radar.ask(LAB, "/papers topics").plainText())
          .contains("1. language model (0 papers in the last 7 days)");

      Path later = seeds.resolve(LATER);
      var outcome =
          radar.ingestor.ingest(
              later.toString(),
              Files.readAllBytes(later),
              LocalDate.of(2026, 11, 22),
              Optional.empty());
      var matching = radar.index.matchingPaperIds("language model", 10_000);
      // Every change is matched once, new papers and papers seen again alike (the store's change
      // feed).
      long matched = outcome.report().paperIds().stream().filter(matching::contains).count();

      assertThat(outcome.report().newPapers()).isPositive();
      assertThat(matched).as("papers of seed 004 about language models").isPositive();
      assertThat(radar.ask(LAB, "/papers topics").plainText())
          .contains(
              "1. language model ("
                  + matched
                  + (matched == 1 ? " paper" : " papers")
                  + " in the last 7 days)");
      // Seed 004 is a daily page of papers published months before: matched, but not new for a
      // digest.
      assertThat(radar.ask(LAB, "/papers digest preview").plainText())
          .doesNotContain("New on language model");
    }
  }
}
