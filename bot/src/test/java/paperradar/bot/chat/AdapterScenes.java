package paperradar.bot.chat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import paperradar.core.command.CommandService;
import paperradar.core.embed.WordHashEmbedder;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * The scenes every chat adapter's tests start from, so that Slack and Discord are tried on the same
 * papers. In each, one paper is written by Mallory to ping and to mislead, in the platform's own
 * syntax, which the test passes in.
 */
public final class AdapterScenes {

  /** When {@link #digestMorning} has a digest due. */
  public static final Instant MONDAY_8 = Instant.parse("2026-11-23T08:00:00Z");

  private AdapterScenes() {}

  /**
   * A Sunday morning after three papers were ingested: diffusion sheep, Mallory's, and pointer
   * networks.
   *
   * @param pingTitle Mallory's title, with the platform's mass mentions and markup
   * @param linkAbstract Mallory's abstract, with a link dressed as another
   * @param pingAuthor Mallory's author line
   */
  public static RadarFixture commandDay(
      Path temp, String pingTitle, String linkAbstract, String pingAuthor) throws Exception {
    // A fast stand-in embedder, so that similar and semantic topics answer as in a running bot.
    RadarFixture radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")),
            builder -> builder.embedder(new WordHashEmbedder(64)));
    radar.ingest(
        "papers.xml",
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 21),
            "2611.00001",
            "Diffusion Models for Sheep",
            "We generate sheep with diffusion.",
            "Ada Lovelace",
            "2611.00002",
            pingTitle,
            linkAbstract,
            pingAuthor,
            "2611.00003",
            "Pointer Networks Revisited",
            "Pointers point.",
            "Grace Hopper"),
        LocalDate.of(2026, 11, 22));
    if (!radar.radar.embeddings().awaitCaughtUp(Duration.ofSeconds(20))) {
      throw new IllegalStateException("the scene's papers were not embedded within 20 s");
    }
    return radar;
  }

  /** {@link #commandDay} with Mallory's paper in Slack's syntax (mrkdwn, {@code <!channel>}). */
  public static RadarFixture slackCommandDay(Path temp) throws Exception {
    return commandDay(
        temp,
        "Ping @everyone <!channel> *now*",
        "An abstract with <@U123> and [a](https://evil.test).",
        "Mallory <!here>");
  }

  /**
   * The commands, answering each only once {@code release} is counted down: work slower than the
   * platform's acknowledgement deadline.
   */
  public static CommandService heldUntil(CountDownLatch release, CommandService commands) {
    return (context, command) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return commands.handle(context, command);
    };
  }

  /**
   * A channel whose digest is due Mondays at 08:00 UTC, Mallory's paper and a llama paper ingested
   * the day before, and the clock 30 seconds past 08:00.
   *
   * @param pingTitle Mallory's title, with the platform's mass mentions
   * @param linkAbstract Mallory's abstract, with a link dressed as another
   */
  public static RadarFixture digestMorning(
      Path temp, ChannelRef channel, String pingTitle, String linkAbstract) throws Exception {
    RadarFixture radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(MONDAY_8.minus(Duration.ofHours(2))));
    radar.ingest(
        "papers.xml",
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 22),
            "2611.00001",
            pingTitle,
            linkAbstract,
            "Mallory",
            "2611.00002",
            "Herding Llamas",
            "Llamas, herded.",
            "Grace Hopper"),
        LocalDate.of(2026, 11, 23));
    radar.channels.update(channel, settings -> settings.at(LocalTime.of(8, 0), ZoneOffset.UTC));
    radar.clock.set(MONDAY_8.plusSeconds(30));
    return radar;
  }
}
