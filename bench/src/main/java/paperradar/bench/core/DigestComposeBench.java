package paperradar.bench.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import paperradar.core.digest.Digest;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.ChannelRef;

/**
 * Composing the morning digests of many channels: each channel follows two topics (two-word phrases
 * of the corpus' technical words), a day's papers are ingested and matched, then every channel's
 * digest is composed (its topics' matches not yet shown, then the day's trending), as the sweep
 * does before sending.
 */
public final class DigestComposeBench {

  /**
   * @param papersPerDigest the mean number of papers in a composed digest
   */
  public record Result(
      int channels,
      int papers,
      double composeSeconds,
      double digestsPerSecond,
      double papersPerDigest) {}

  private DigestComposeBench() {}

  private static String phrase(List<String> words, Random random) {
    return "\""
        + words.get(random.nextInt(words.size()))
        + " "
        + words.get(random.nextInt(words.size()))
        + "\"";
  }

  public static Result run(int channelCount, int paperCount) throws Exception {
    Clock clock = Clock.systemUTC();
    try (BenchRadar bench = new BenchRadar(clock)) {
      List<String> words = CorpusGenerator.topicWords();
      Random random = new Random(5);
      List<ChannelRef> channels = new ArrayList<>(channelCount);
      for (int i = 0; i < channelCount; i++) {
        ChannelRef channel = ChannelRef.slack("w" + (i / 100), "c" + i);
        channels.add(channel);
        String first = phrase(words, random);
        String second = phrase(words, random);
        while (second.equals(first)) {
          second = phrase(words, random);
        }
        bench.topics.subscribe(channel, first, "bench", clock.instant());
        bench.topics.subscribe(channel, second, "bench", clock.instant());
      }
      bench.ingest(
          new CorpusGenerator(3).papers(paperCount), LocalDate.now(clock.withZone(ZoneOffset.UTC)));

      long papersShown = 0;
      long start = System.nanoTime();
      for (ChannelRef channel : channels) {
        Digest digest = bench.radar.digests().compose(channel, ZoneOffset.UTC);
        papersShown += digest.papers().size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(
          channelCount,
          paperCount,
          seconds,
          channelCount / seconds,
          (double) papersShown / channelCount);
    }
  }
}
