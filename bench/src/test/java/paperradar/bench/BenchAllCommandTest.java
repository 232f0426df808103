package paperradar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench all --quick} runs every benchmark at tiny sizes and writes the whole report. No
 * timings asserted.
 */
class BenchAllCommandTest {

  @TempDir Path temp;

  @Test
  void benchAllWritesOneRowPerBenchmarkWithGoalsAndPeers() throws Exception {
    Path report = temp.resolve("BENCHMARKS.md");

    StringWriter err = new StringWriter();
    int exitCode =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "all",
            "--quick",
            "--output",
            report.toString());

    assertThat(exitCode).as(err.toString()).isZero();
    String written = Files.readString(report);
    assertThat(written)
        .startsWith("# Benchmarks")
        .contains("| what | goal | paper-radar | peer, same run |");
    assertThat(written.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| what")))
        .hasSize(14);
    assertThat(written)
        .contains(
            "ingest, parse only",
            "ingest, index only",
            "ingest, floor: a one-table H2 store and a one-field Lucene index",
            "one listing at a time",
            "as one `ingest FILE...`",
            "search p50 / p99 at 2k papers",
            "heap / RSS",
            "match 1,000 new papers against 500 topics",
            "match 1,000 new papers against 1k topics",
            "compose the digests of 50 channels",
            "deliver 50 digests to a fake Discord enforcing 50 requests/s",
            "command latency at 50 requests/s",
            "the floor: 50 ÷ 50/s = 1 s",
            "brute force:",
            "0 unanswered",
            "embed papers: all-MiniLM-L6-v2 in the JVM",
            "`similar` p50 / p99 at 2k papers");
  }
}
