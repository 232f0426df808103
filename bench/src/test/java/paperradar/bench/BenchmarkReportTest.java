package paperradar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import paperradar.bench.core.IngestBench;
import paperradar.bench.core.TopicMatchBench;

/** The topic-matching rows hold each size to the goals the issue sets for it, and no others. */
class BenchmarkReportTest {

  @Test
  void atOneHundredThousandTopicsTheSpeedUpOverBruteForceIsAGoal() {
    String row =
        BenchmarkReport.topicsRow(
            new TopicMatchBench.Result(100_000, 1_000, 0, 900, 40_000, 20, 5, 0));

    assertThat(row)
        .contains(
            "< 2,000 ms, ≥ 50× faster than brute force",
            "900 ms (met)",
            "Monitor 44× faster: **missed**");
  }

  @Test
  void withFewerTopicsOnlyTheTimeIsAGoalAndTheSpeedUpIsReported() {
    String row =
        BenchmarkReport.topicsRow(
            new TopicMatchBench.Result(10_000, 1_000, 0, 2_500, 25_000, 100, 5, 0));

    assertThat(row)
        .contains("| < 2,000 ms |", "2,500 ms (**missed**)", "Monitor 10× faster; 0 mismatches")
        .doesNotContain("faster than brute force");
  }

  @Test
  void theFloorRowReadsBothAtOnceAgainstTheParse() {
    IngestBench.Result ingest =
        new IngestBench.Result(
            20_000,
            120_000,
            new IngestBench.IndexOnly(6_000, 20_000),
            new IngestBench.Floor(21_000, 30_000, 15_000),
            new IngestBench.EndToEnd(7_000, 11_000),
            null);

    assertThat(BenchmarkReport.floorRow(ingest))
        .contains("21,000 / 30,000 / 15,000 papers/s (both at once 8.0× the parse)");
  }
}
