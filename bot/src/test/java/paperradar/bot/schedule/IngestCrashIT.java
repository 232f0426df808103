package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.cli.CliRuns;
import paperradar.core.assembly.RadarCore;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchSort;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.store.Database;
import paperradar.core.store.Jdbc;

/**
 * Twenty rounds of: a packaged {@code ingest} process is killed with kill -9 at a random point
 * (while it parses, stores, indexes or matches topics, or after it ended). After a restart every
 * paper the store holds (what {@code export} shows) is found by search and matched against the
 * topic exactly once.
 */
class IngestCrashIT {

  private static final int ROUNDS = 20;
  private static final int PAPERS_PER_INPUT = 150;
  private static final ChannelRef LAB = ChannelRef.console("lab");

  @TempDir Path temp;

  @Test
  void killedAtRandomPointsEveryStoredPaperIsSearchableAndMatchedOnce() throws Exception {
    Path data = temp.resolve("data");
    assertThat(CliRuns.run(data, "ask", "--channel", "lab", "/papers subscribe quokkas").exitCode())
        .isZero();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path log = temp.resolve("ingest.log");
    int killed = 0;
    // One ingest left to finish tells how long an ingest process takes on this machine, start to
    // end.
    long started = System.nanoTime();
    Process first = ingest(data, input(0), log);
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();
    int whole = (int) Math.max(1, (System.nanoTime() - started) / 1_000_000);
    for (int round = 1; round <= ROUNDS; round++) {
      Process ingest = ingest(data, input(round), log);
      // The random point: anywhere from the JVM's start to a little after a whole ingest's end, so
      // that some rounds die while parsing, some while storing, indexing or matching, and some
      // finish.
      if (!ingest.waitFor(random.nextInt(whole * 6 / 5), TimeUnit.MILLISECONDS)) {
        ingest.destroyForcibly();
        killed++;
      }
      assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    System.out.printf(
        "IngestCrashIT: seed %d, a whole ingest %d ms, %d of %d ingests killed%n",
        seed, whole, killed, ROUNDS);

    try (Database database = Database.embedded(data);
        RadarCore restarted =
            RadarCore.builder(database.dataSource(), Clock.systemUTC())
                .indexDirectory(data.resolve("index"))
                .build()) {
      List<Paper> exported = restarted.store().papers();
      assertThat(exported)
          .as("at least the ingest left to finish was stored")
          .hasSizeGreaterThanOrEqualTo(PAPERS_PER_INPUT);
      assertThat(restarted.indexLag()).isZero();
      assertThat(restarted.matchingLag()).isZero();
      List<String> unfound = new ArrayList<>();
      for (Paper paper : exported) {
        String token = paper.title().substring(paper.title().lastIndexOf(' ') + 1);
        var hits =
            restarted.index().search(new SearchRequest(token, 5, 0, SearchSort.RELEVANCE)).hits();
        if (hits.stream().noneMatch(hit -> hit.paperId() == paper.id())) {
          unfound.add(paper.title());
        }
      }
      assertThat(unfound).as("stored papers search cannot find (seed %d)", seed).isEmpty();
      Map<Long, Long> matchesPerPaper = new java.util.HashMap<>();
      new Jdbc(database.dataSource())
          .query(
              "SELECT paper_id, COUNT(*) AS n FROM topic_matches GROUP BY paper_id",
              statement -> {},
              row -> matchesPerPaper.put(row.getLong("paper_id"), row.getLong("n")));
      for (Paper paper : exported) {
        assertThat(matchesPerPaper.get(paper.id()))
            .as("matches of %s (seed %d)", paper.title(), seed)
            .isEqualTo(1L);
      }
      assertThat(restarted.topics().matchCounts(LAB, Instant.EPOCH).values())
          .containsExactly(exported.size());
    }
  }

  private static Process ingest(Path data, Path input, Path log) throws java.io.IOException {
    return new ProcessBuilder(
            java(),
            "-Xmx256m",
            "-jar",
            jar(),
            "--data",
            data.toString(),
            "ingest",
            "--as-of",
            "2026-11-22",
            input.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Round r's input: papers whose titles all say "quokkas" and end in a word of their own. */
  private Path input(int round) throws java.io.IOException {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < PAPERS_PER_INPUT; i++) {
      int n = (round + 1) * 1_000 + i;
      fields.addAll(
          List.of(
              "2611.%05d".formatted(n),
              "Quokkas at Work " + word(n),
              "Quokkas, round " + round + ".",
              "Ada Crash"));
    }
    Path file = temp.resolve("round-" + round + ".xml");
    Files.writeString(
        file,
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 21), fields.toArray(String[]::new)));
    return file;
  }

  /** A word made of letters only, one per number, that no other title has. */
  private static String word(int n) {
    StringBuilder word = new StringBuilder("zq");
    do {
      word.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return word.toString();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar")).toString();
  }
}
