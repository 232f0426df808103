package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.fixtures.ListingWriter;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.Parsers;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.TestDatabase;
import paperradar.core.store.TestDatabase.Kind;

class IngestProgressTest {

  private static final int PAPERS = 2_500;
  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  @TempDir Path temp;

  /** Every update an ingest made, as (done, total). */
  private record Recorded(List<long[]> updates) implements IngestProgress {
    Recorded() {
      this(new ArrayList<>());
    }

    @Override
    public void update(long done, long total) {
      updates.add(new long[] {done, total});
    }

    List<Long> dones() {
      return updates.stream().map(update -> update[0]).toList();
    }
  }

  @Test
  void everyPhaseIsAnnouncedInOrderSoTheBarNeverSitsStillUnexplained()
      throws ListingParseException {
    byte[] listing =
        ListingWriter.arxivAtom(new CorpusGenerator(7).papers(300))
            .getBytes(StandardCharsets.UTF_8);
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      Ingestor ingestor = new Ingestor(Parsers.detector(), new JdbcPaperStore(db.database()));
      ingestor.addListener((changed, fresh) -> {});
      List<String> events = new ArrayList<>();
      IngestProgress progress =
          new IngestProgress() {
            @Override
            public void update(long done, long total) {
              events.add("update " + done + "/" + total);
            }

            @Override
            public void phase(Phase phase, long total) {
              events.add(phase + " " + total);
            }
          };

      ingestor.ingest("dump.xml", listing, DAY, Optional.empty(), progress);

      assertThat(events)
          .startsWith("PARSING 0", "STORING 300", "update 250/300", "INDEXING 300")
          .endsWith("update 300/300");
    }
  }

  @Test
  void progressClimbsInStepsAndEndsAtTheTotal() throws ListingParseException {
    byte[] listing =
        ListingWriter.arxivAtom(new CorpusGenerator(7).papers(PAPERS))
            .getBytes(StandardCharsets.UTF_8);
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      Ingestor ingestor = new Ingestor(Parsers.detector(), new JdbcPaperStore(db.database()));
      Recorded progress = new Recorded();

      IngestOutcome outcome = ingestor.ingest("dump.xml", listing, DAY, Optional.empty(), progress);

      assertThat(outcome.report().read()).isEqualTo(PAPERS);
      assertThat(progress.updates()).allSatisfy(update -> assertThat(update[1]).isEqualTo(PAPERS));
      assertThat(progress.dones())
          .isSorted()
          .doesNotHaveDuplicates()
          .last()
          .isEqualTo((long) PAPERS);
      // Every few hundred papers, not every one: 2,500 papers in steps of 250.
      assertThat(progress.updates()).hasSize(PAPERS / ThrottledProgress.STEP);

      Recorded again = new Recorded();
      ingestor.ingest("dump.xml", listing, DAY, Optional.empty(), again);

      assertThat(again.dones())
          .as("a capture stored before still ends at its total")
          .containsExactly((long) PAPERS);
    }
  }

  @Test
  void aRetriedTransactionCountingFromZeroAgainNeverGoesBackwards() {
    Recorded progress = new Recorded();
    ThrottledProgress throttled = new ThrottledProgress(progress, 1_000);

    for (int stored = 1; stored <= 600; stored++) {
      throttled.accept(stored);
    }
    for (int stored = 1; stored <= 1_000; stored++) {
      throttled.accept(stored);
    }
    throttled.finish();

    assertThat(progress.dones()).containsExactly(250L, 500L, 750L, 1_000L);
  }
}
