package paperradar.bench.core;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import paperradar.core.embed.Embedder;
import paperradar.core.embed.LazyEmbedder;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.model.Platform;
import paperradar.core.subscribe.ChannelFeedback;

/**
 * The embeddings as the running core makes and reads them: papers embedded per second through the
 * change feed and the background embedder (the real model), and the digest sweep's compose time for
 * many channels with "For you" on beside the same sweep with it off.
 *
 * <p>For the sweep, the vectors come from a word-hashing stand-in of the model's 384 dimensions:
 * what "For you" costs is reading the liked vectors and a filtered HNSW search, which depend on the
 * count and the dimension of the vectors, not on what they mean; embedding the corpus with the real
 * model would take minutes more on two cores for the same figure.
 */
public final class ForYouBench {

  /** Likes (and one dislike) each channel gave, on random papers of the day. */
  private static final int LIKES = 5;

  public record Embedding(int papers, double seconds, double papersPerSecond, double loadSeconds) {}

  public record Sweep(
      int channels,
      int papers,
      double offSeconds,
      double onSeconds,
      double forYouPerDigest,
      double papersPerDigestOff) {}

  private ForYouBench() {}

  /** Ingests {@code papers} generated papers and waits until the core has embedded them all. */
  public static Embedding embedThroughTheFeed(int papers) throws Exception {
    Clock clock = Clock.systemUTC();
    LazyEmbedder model = LazyEmbedder.miniLm();
    long loadStart = System.nanoTime();
    model.startLoading();
    model.embed("warm up the runtime");
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    try (BenchRadar bench = new BenchRadar(clock, builder -> builder.embedder(model))) {
      bench.ingest(
          new CorpusGenerator(11).papers(papers), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      long start = System.nanoTime();
      if (!bench.radar.embeddings().awaitCaughtUp(Duration.ofHours(1))) {
        throw new IllegalStateException("the papers were not embedded within an hour");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Embedding(papers, seconds, papers / seconds, loadSeconds);
    }
  }

  /** Composes every channel's digest with "For you" off, then on, on the same store. */
  public static Sweep sweep(int channelCount, int paperCount) throws Exception {
    Clock clock = Clock.systemUTC();
    SwitchableFeedback feedback = new SwitchableFeedback();
    Embedder embedder = new WordHashingEmbedder(384);
    try (BenchRadar bench =
        new BenchRadar(clock, builder -> builder.embedder(embedder).channelFeedback(feedback))) {
      List<String> words = CorpusGenerator.topicWords();
      Random random = new Random(5);
      List<ChannelRef> channels = new ArrayList<>(channelCount);
      for (int i = 0; i < channelCount; i++) {
        ChannelRef channel = new ChannelRef(Platform.SLACK, "w" + (i / 100), "c" + i);
        channels.add(channel);
        bench.topics.subscribe(channel, phrase(words, random), "bench", clock.instant());
      }
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      // The generated papers are dated over ten years; the day's papers are new, so re-dated.
      List<Paper> corpus =
          new CorpusGenerator(3)
              .papers(paperCount).stream().map(paper -> newOn(paper, today.minusDays(1))).toList();
      bench.ingest(corpus, today);
      if (!bench.radar.embeddings().awaitCaughtUp(Duration.ofMinutes(30))) {
        throw new IllegalStateException("the papers were not embedded within 30 minutes");
      }
      List<Long> ids = bench.radar.store().papers().stream().map(Paper::id).sorted().toList();
      for (ChannelRef channel : channels) {
        List<Long> liked = new ArrayList<>();
        for (int i = 0; i < LIKES; i++) {
          liked.add(ids.get(random.nextInt(ids.size())));
        }
        feedback.set(channel, liked, List.of(ids.get(random.nextInt(ids.size()))));
      }
      // A warm-up pass of a tenth of the channels each way, then two measured passes each way,
      // alternating, the faster of each kept: the machine is shared, and caches warm on pass one.
      compose(bench, channels.subList(0, Math.max(1, channelCount / 10)), feedback, false);
      compose(bench, channels.subList(0, Math.max(1, channelCount / 10)), feedback, true);
      long[] off = compose(bench, channels, feedback, false);
      long[] on = compose(bench, channels, feedback, true);
      long[] offAgain = compose(bench, channels, feedback, false);
      long[] onAgain = compose(bench, channels, feedback, true);
      off = offAgain[0] < off[0] ? offAgain : off;
      on = onAgain[0] < on[0] ? onAgain : on;
      return new Sweep(
          channelCount,
          paperCount,
          off[0] / 1e9,
          on[0] / 1e9,
          (double) on[2] / channelCount,
          (double) off[1] / channelCount);
    }
  }

  /** Nanoseconds, papers shown, For-you papers shown. */
  private static long[] compose(
      BenchRadar bench, List<ChannelRef> channels, SwitchableFeedback feedback, boolean forYou) {
    feedback.on = forYou;
    long papers = 0;
    long forYouPapers = 0;
    long start = System.nanoTime();
    for (ChannelRef channel : channels) {
      var digest = bench.radar.digests().compose(channel, ZoneOffset.UTC);
      papers += digest.papers().size();
      forYouPapers += digest.forYou().size();
    }
    return new long[] {System.nanoTime() - start, papers, forYouPapers};
  }

  private static Paper newOn(Paper paper, LocalDate published) {
    return new Paper(
        paper.id(),
        paper.arxivId(),
        paper.title(),
        paper.authors(),
        paper.authorCount(),
        paper.organization(),
        paper.abstractText(),
        published,
        paper.signals(),
        paper.sources(),
        paper.firstSeen());
  }

  private static String phrase(List<String> words, Random random) {
    return "\""
        + words.get(random.nextInt(words.size()))
        + " "
        + words.get(random.nextInt(words.size()))
        + "\"";
  }

  /** Every channel's likes, answered only while {@link #on}: the same core, For you on or off. */
  private static final class SwitchableFeedback implements ChannelFeedback {
    private final Map<ChannelRef, List<Long>> liked = new HashMap<>();
    private final Map<ChannelRef, List<Long>> disliked = new HashMap<>();
    volatile boolean on;

    void set(ChannelRef channel, List<Long> likes, List<Long> dislikes) {
      liked.put(channel, List.copyOf(likes));
      disliked.put(channel, List.copyOf(dislikes));
    }

    @Override
    public List<Long> liked(ChannelRef channel) {
      return on ? liked.getOrDefault(channel, List.of()) : List.of();
    }

    @Override
    public List<Long> disliked(ChannelRef channel) {
      return on ? disliked.getOrDefault(channel, List.of()) : List.of();
    }
  }
}
