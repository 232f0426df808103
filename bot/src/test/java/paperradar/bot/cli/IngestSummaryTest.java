package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.store.IngestReport;

/** The progress bar's line and the total after the inputs, written out exactly. */
class IngestSummaryTest {

  private static IngestOutcome outcome(int read, int newPapers, boolean alreadyStored) {
    return new IngestOutcome(
        "dump.xml",
        ListingFormat.ARXIV_ATOM,
        new IngestReport(read, newPapers, read - newPapers, alreadyStored, List.of(), List.of()));
  }

  @Test
  void theBarShowsTheShareDoneTheCountsAndTheRate() {
    assertThat(ProgressBar.line("dump.json", 10_240, 20_000, 7_804_878_048L))
        .isEqualTo("ingesting dump.json [##########----------] 51% 10,240/20,000 papers 1,312/s");
    assertThat(ProgressBar.line("empty.json", 0, 0, 0))
        .isEqualTo("ingesting empty.json [####################] 100% 0/0 papers");
  }

  @Test
  void aListingParsedWhileStoredShowsItsEstimatedTotalUntilTheEnd() {
    java.io.StringWriter text = new java.io.StringWriter();
    ProgressBar bar = new ProgressBar(new java.io.PrintWriter(text), "big.xml");
    bar.phase(
        paperradar.core.pipeline.IngestProgress.Phase.STORING,
        paperradar.core.pipeline.IngestProgress.ESTIMATED);
    assertThat(text.toString()).endsWith("ingesting big.xml: 0 papers stored…");
    bar.update(25_000, 100_400);
    assertThat(text.toString()).contains("[####----------------] 24% 25,000/~100,400 papers");
    bar.update(100_000, 100_000);
    assertThat(text.toString()).contains("100% 100,000/100,000 papers");
  }

  @Test
  void theBarNamesEachPhaseAndSaysWhenTheIndexIsBeingBuilt() {
    java.io.StringWriter text = new java.io.StringWriter();
    ProgressBar bar = new ProgressBar(new java.io.PrintWriter(text), "dump.json");
    bar.phase(paperradar.core.pipeline.IngestProgress.Phase.PARSING, 0);
    assertThat(text.toString()).endsWith("ingesting dump.json: reading the listing…");
    bar.phase(paperradar.core.pipeline.IngestProgress.Phase.STORING, 20_000);
    bar.update(19_999, 20_000);
    bar.phase(paperradar.core.pipeline.IngestProgress.Phase.INDEXING, 20_000);
    assertThat(text.toString().strip())
        .endsWith("ingesting dump.json [####################] indexing 20,000 papers…");
    bar.update(20_000, 20_000);
    assertThat(text.toString()).contains("100% 20,000/20,000 papers");
  }

  @Test
  void oneLargeInputGetsATotal() {
    IngestTotals totals = new IngestTotals();
    totals.add(outcome(20_000, 12_000, false));

    assertThat(totals.worthALine()).isTrue();
    assertThat(totals.summaryLine(Duration.ofMillis(15_300)))
        .isEqualTo(
            "ingested 1 input: 20,000 papers read (12,000 new, 8,000 merged) in 15.3 s, 1,307 papers/s; 0 failed");
  }

  @Test
  void inputsIngestedBeforeAreCountedApart() {
    IngestTotals totals = new IngestTotals();
    totals.add(outcome(10, 4, false));
    totals.add(
        new IngestOutcome(
            "again.xml",
            ListingFormat.ARXIV_ATOM,
            new IngestReport(5, 0, 0, true, List.of(), List.of())));
    totals.addFailure();

    assertThat(totals.summaryLine(Duration.ofSeconds(2)))
        .isEqualTo(
            "ingested 2 inputs: 15 papers read (4 new, 6 merged, 5 already ingested) in 2.0 s, 8 papers/s; 1 failed");
    assertThat(totals.anyFailed()).isTrue();
  }
}
