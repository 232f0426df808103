package paperradar.bench.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's own correctness, on a small run: Monitor and brute force agree, and it finds
 * matches.
 */
class TopicMatchBenchTest {

  @Test
  void monitorAndBruteForceFindTheSameMatches() {
    TopicMatchBench.Result result = TopicMatchBench.run(2_000, 100, 42);

    assertThat(result.mismatches()).isZero();
    assertThat(result.sampledPapers()).isEqualTo(100);
    assertThat(result.matchesFound()).isPositive();
  }

  @Test
  void theCorpusIsTheSameForTheSameSeed() {
    assertThat(new TopicCorpus(7).topics(50)).isEqualTo(new TopicCorpus(7).topics(50));
    assertThat(new TopicCorpus(7).papers(3)).isEqualTo(new TopicCorpus(7).papers(3));
    assertThat(TopicCorpus.term(0)).isNotEqualTo(TopicCorpus.term(1));
  }
}
