package paperradar.bench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import paperradar.core.fixtures.CorpusGenerator;

/**
 * A fixed mix of queries, written once for Lucene and once for PostgreSQL full-text search so both
 * answer the same question: words, two-word AND, a phrase, an author, a prefix, and words with a
 * date filter.
 *
 * @param lucene the query as a user types it
 * @param tsquery the PostgreSQL tsquery text, for {@code to_tsquery(config, …)}
 * @param config the text search configuration for the tsquery
 * @param since a date filter, or null
 */
record BenchQueries(String lucene, String tsquery, String config, @Nullable String since) {

  static List<BenchQueries> mix(int count, long seed) {
    Random random = new Random(seed);
    List<BenchQueries> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String a = CorpusGenerator.topicAt(random.nextDouble());
      String b = CorpusGenerator.topicAt(random.nextDouble());
      queries.add(
          switch (i % 6) {
            case 0 -> new BenchQueries(a, a, "english", null);
            case 1 -> new BenchQueries(a + " " + b, a + " & " + b, "english", null);
            case 2 -> new BenchQueries("\"" + a + " " + b + "\"", a + " <-> " + b, "english", null);
            case 3 -> {
              String last =
                  List.of("hinton", "vinyals", "turing", "hopper", "wang", "garcia")
                      .get(random.nextInt(6));
              yield new BenchQueries("author:" + last, last + ":C", "simple", null);
            }
            case 4 -> {
              String prefix = a.substring(0, Math.min(a.length(), 4));
              yield new BenchQueries(prefix + "*", prefix + ":*", "simple", null);
            }
            default -> new BenchQueries(a + " since:2022-01-01", a, "english", "2022-01-01");
          });
    }
    return queries;
  }
}
