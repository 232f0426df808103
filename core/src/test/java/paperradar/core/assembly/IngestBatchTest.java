package paperradar.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static paperradar.core.assembly.CoreProbes.hits;
import static paperradar.core.assembly.CoreProbes.matches;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.IngestBatch;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.store.TestDatabase;

/**
 * Several inputs in one batch, as {@code ingest FILE...} runs them: each catch-up runs behind the
 * next input's store, and when the batch closes the index and topic matching are in step with all
 * of them, each paper matched once.
 */
class IngestBatchTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final ChannelRef LAB = ChannelRef.console("lab");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final int LISTINGS = 8;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void whenTheBatchClosesEveryListingIsSearchableAndMatchedOnce(TestDatabase.Kind kind)
      throws ListingParseException {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore core = core(db)) {
      core.commands().handle(new CommandContext(LAB, "U1", true), new Command.Subscribe("llamas"));
      List<Long> heard = new CopyOnWriteArrayList<>();
      core.ingestor().addListener((List<Paper> changed, List<Long> newIds) -> heard.addAll(newIds));

      try (IngestBatch batch = core.ingestor().batch()) {
        for (int i = 0; i < LISTINGS; i++) {
          batch.ingest("l" + i + ".xml", listing(i), DAY, Optional.empty());
        }
      }

      assertThat(hits(core, "llamas")).isEqualTo(LISTINGS);
      assertThat(hits(core, "alpacas")).isEqualTo(LISTINGS);
      assertThat(core.indexLag()).isZero();
      assertThat(core.matchingLag()).isZero();
      assertThat(matches(core, LAB)).as("each llama paper matched once").isEqualTo(LISTINGS);
      assertThat(heard).as("the listeners heard of every new paper").hasSize(2 * LISTINGS);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aListingThatFailsStoresNothingAndTheOthersStillCatchUp(TestDatabase.Kind kind)
      throws ListingParseException {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore core = core(db)) {
      try (IngestBatch batch = core.ingestor().batch()) {
        batch.ingest("l0.xml", listing(0), DAY, Optional.empty());
        byte[] cut =
            new String(listing(1), StandardCharsets.UTF_8)
                .replace("</feed>", "")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> batch.ingest("cut.xml", cut, DAY, Optional.empty()))
            .isInstanceOf(ListingParseException.class)
            .hasMessageContaining("cut.xml");
        batch.ingest("l2.xml", listing(2), DAY, Optional.empty());
      }

      assertThat(hits(core, "llamas")).isEqualTo(2);
      assertThat(core.store().paperCount()).isEqualTo(4);
      assertThat(core.indexLag()).isZero();
    }
  }

  private static byte[] listing(int i) {
    String llama = "2611.%05d".formatted(2 * i + 1);
    String alpaca = "2611.%05d".formatted(2 * i + 2);
    return PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 21),
            llama,
            "Llamas, part " + i,
            "About llamas.",
            "Ada Lovelace",
            alpaca,
            "Alpacas, part " + i,
            "About alpacas.",
            "Alan Turing")
        .getBytes(StandardCharsets.UTF_8);
  }

  private RadarCore core(TestDatabase db) {
    return RadarCore.builder(db.database().dataSource(), NOW)
        .indexDirectory(temp.resolve("index"))
        .build();
  }
}
