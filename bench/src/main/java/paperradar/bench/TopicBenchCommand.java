package paperradar.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import paperradar.bench.core.TopicMatchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench topics}: matching new papers against topics with Lucene Monitor, beside brute force.
 */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Topic matching: Lucene Monitor beside brute force.")
final class TopicBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--topics",
      split = ",",
      defaultValue = "10000,100000",
      description = "Topic counts, comma-separated (default ${DEFAULT-VALUE}).")
  List<Integer> topics;

  @Option(
      names = "--papers",
      defaultValue = "1000",
      description = "New papers matched (default ${DEFAULT-VALUE}).")
  int papers;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Corpus seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<TopicMatchBench.Result> results = new ArrayList<>();
    for (int count : topics) {
      results.add(TopicMatchBench.run(count, papers, seed));
    }
    TopicMatchBench.tableRows(results).forEach(out::println);
    out.flush();
    return results.stream().allMatch(r -> r.mismatches() == 0) ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
