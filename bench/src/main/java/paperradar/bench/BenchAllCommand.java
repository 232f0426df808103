package paperradar.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import paperradar.bench.chat.CommandLatencyBench;
import paperradar.bench.chat.DiscordDeliveryBench;
import paperradar.bench.core.DigestComposeBench;
import paperradar.bench.core.EmbedBench;
import paperradar.bench.core.IngestBench;
import paperradar.bench.core.SearchBench;
import paperradar.bench.core.TopicMatchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench all}: every benchmark, one after another in one process, then {@code BENCHMARKS.md}.
 * The full sizes take about 20 minutes on two cores; {@code --quick} runs tiny sizes to check that
 * everything runs.
 */
@Command(
    name = "all",
    mixinStandardHelpOptions = true,
    description =
        "Run every benchmark and write BENCHMARKS.md (full sizes take ~20 min on 2 cores).")
final class BenchAllCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      defaultValue = "BENCHMARKS.md",
      description = "Where to write the report.")
  Path output;

  @Option(
      names = "--postgres",
      defaultValue = "${env:PAPERRADAR_BENCH_POSTGRES_URL}",
      description =
          "PostgreSQL JDBC URL for the search peer (default: $PAPERRADAR_BENCH_POSTGRES_URL).")
  String postgresUrl;

  @Option(
      names = "--quick",
      description = "Tiny sizes: checks that every benchmark runs; the numbers mean little.")
  boolean quick;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Sizes sizes = quick ? Sizes.QUICK : Sizes.FULL;
    // Each result is printed as soon as it is in, so that a late failure does not lose the earlier
    // ones.
    progress(out, "ingest %,d papers".formatted(sizes.ingestPapers()));
    IngestBench.Result ingest = done(out, IngestBench.run(sizes.ingestPapers(), postgresUrl));
    progress(out, "search at %,d papers".formatted(sizes.searchPapers()));
    SearchBench.Result search =
        done(
            out,
            SearchBench.run(
                sizes.searchPapers(), sizes.searchQueries(), sizes.postgresQueries(), postgresUrl));
    List<TopicMatchBench.Result> topics = new ArrayList<>();
    for (int count : sizes.topics()) {
      progress(out, "topics: 1,000 papers against %,d topics".formatted(count));
      topics.add(done(out, TopicMatchBench.run(count, 1_000, 42)));
    }
    progress(out, "compose the digests of %,d channels".formatted(sizes.channels()));
    DigestComposeBench.Result compose =
        done(out, DigestComposeBench.run(sizes.channels(), sizes.composePapers()));
    progress(out, "deliver %,d digests at 50 requests/s".formatted(sizes.digests()));
    DiscordDeliveryBench.Result delivery =
        done(out, DiscordDeliveryBench.run(sizes.digests(), 50, 4));
    progress(out, "commands at 50/s for %d s".formatted(sizes.commandSeconds()));
    CommandLatencyBench.Result commands =
        done(out, CommandLatencyBench.run(sizes.commandPapers(), 50, sizes.commandSeconds()));

    progress(
        out,
        "embed %,d papers; similar at %,d papers"
            .formatted(sizes.embedPapers(), sizes.similarPapers()));
    EmbedBench.Result embed =
        done(
            out,
            EmbedBench.run(sizes.embedPapers(), sizes.similarPapers(), sizes.similarQueries()));

    String report =
        BenchmarkReport.markdown(
            new BenchmarkReport.Results(
                ingest,
                search,
                topics,
                compose,
                delivery,
                commands,
                embed,
                "paper-radar-bench all" + (quick ? " --quick" : "")),
            LocalDate.now());
    report = keepCliTimings(output, report);
    Files.writeString(output, report);
    out.println(report);
    out.println("written to " + output.toAbsolutePath());
    out.flush();
    boolean correct =
        topics.stream().allMatch(size -> size.mismatches() == 0)
            && commands.missing() == 0
            && commands.failed() == 0;
    return correct ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static <T> T done(PrintWriter out, T result) {
    out.println("   " + result);
    out.flush();
    return result;
  }

  private static void progress(PrintWriter out, String step) {
    out.println("== " + step);
    out.flush();
  }

  /** The sizes of one run. */
  record Sizes(
      int ingestPapers,
      int searchPapers,
      int searchQueries,
      int postgresQueries,
      List<Integer> topics,
      int channels,
      int composePapers,
      int digests,
      int commandPapers,
      int commandSeconds,
      int embedPapers,
      int similarPapers,
      int similarQueries) {
    static final Sizes FULL =
        new Sizes(
            20_000,
            1_000_000,
            2_000,
            200,
            List.of(10_000, 100_000),
            10_000,
            1_000,
            10_000,
            100_000,
            60,
            500,
            100_000,
            2_000);
    static final Sizes QUICK =
        new Sizes(300, 2_000, 100, 20, List.of(500, 1_000), 50, 100, 50, 500, 2, 20, 2_000, 100);
  }

  static final String CLI_TIMINGS_START = "<!-- cli-timings: written by scripts/cli-timings -->";
  static final String CLI_TIMINGS_END = "<!-- /cli-timings -->";

  /**
   * The command line's start-up timings come from {@code scripts/cli-timings}, not from this run
   * (they time whole JVM starts); a rewrite of the report keeps their section as it was.
   */
  static String keepCliTimings(Path output, String report) throws IOException {
    if (!Files.exists(output)) {
      return report;
    }
    String old = Files.readString(output);
    int start = old.indexOf(CLI_TIMINGS_START);
    int end = old.indexOf(CLI_TIMINGS_END);
    if (start < 0 || end < start) {
      return report;
    }
    return report.stripTrailing()
        + "\n\n"
        + old.substring(start, end + CLI_TIMINGS_END.length())
        + "\n";
  }
}
