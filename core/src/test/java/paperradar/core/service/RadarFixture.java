package paperradar.core.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import paperradar.core.assembly.RadarCore;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandService;
import paperradar.core.command.TextCommands;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.deliver.DigestSender;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.deliver.Sleeper;
import paperradar.core.model.ChannelRef;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.reply.Reply;
import paperradar.core.retry.Backoff;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.PaperStore;
import paperradar.core.store.TestDatabase;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.TopicStore;
import paperradar.core.topics.TopicMatchRecorder;

/**
 * The whole core on a fresh database and in-memory index, built by {@link RadarCore}, with a
 * settable clock.
 */
public final class RadarFixture implements AutoCloseable {

  public final MutableClock clock;
  public final TestDatabase db;
  public final RadarCore radar;
  public final PaperIndex index;
  public final PaperStore store;
  public final TopicStore topics;
  public final ChannelStore channels;
  public final DeliveryLedger ledger;
  public final TopicMatchRecorder matching;
  public final Ingestor ingestor;
  public final CommandService commands;

  /** The text grammar over {@link #commands}, as the console and Slack use it. */
  public final TextCommands lines;

  public RadarFixture(TestDatabase.Kind kind, Path temp, MutableClock clock) {
    this(kind, temp, clock, builder -> builder);
  }

  /**
   * A core whose builder {@code options} completes (an embedder, channel feedback, a guard that
   * lets tests reach loopback...) before it is built.
   */
  public RadarFixture(
      TestDatabase.Kind kind,
      Path temp,
      MutableClock clock,
      java.util.function.UnaryOperator<RadarCore.Builder> options) {
    this.clock = clock;
    this.db = TestDatabase.open(kind, temp);
    this.radar =
        options.apply(RadarCore.builder(db.database().dataSource(), clock).inMemoryIndex()).build();
    this.index = radar.index();
    this.store = radar.store();
    this.topics = radar.topics();
    this.channels = radar.channels();
    this.ledger = radar.ledger();
    this.matching = radar.matching();
    this.ingestor = radar.ingestor();
    this.commands = radar.commands();
    this.lines = new TextCommands(commands);
  }

  public IngestOutcome ingest(String name, String text, LocalDate asOf) throws Exception {
    return ingestor.ingest(name, text.getBytes(StandardCharsets.UTF_8), asOf, Optional.empty());
  }

  public Reply ask(ChannelRef channel, String line) {
    return lines.handle(new CommandContext(channel, "U1", true), line);
  }

  /** Delivery through one platform's sender, on the fixture's stores and clock. */
  public DigestDelivery delivery(DigestSender sender, Backoff backoff, Sleeper sleeper) {
    return new DigestDelivery(
        radar.digests(),
        ledger,
        channels,
        Map.of(sender.platform(), sender),
        backoff,
        sleeper,
        clock,
        Duration.ofMinutes(10));
  }

  /**
   * What the digest sweep of a process with only this sender does once: it delivers each digest due
   * on the sender's platform and resumes each one left pending.
   */
  public List<Outcome> sweepAndDeliver(DigestSender sender, Backoff backoff, Sleeper sleeper) {
    DigestDelivery delivery = delivery(sender, backoff, sleeper);
    DigestSweep.Plan plan =
        new DigestSweep(channels, ledger, Set.of(sender.platform()), Duration.ofHours(6), clock)
            .plan();
    List<Outcome> outcomes = new ArrayList<>();
    plan.due().forEach(due -> outcomes.add(delivery.deliver(due.settings(), due.due())));
    plan.pending().forEach(pending -> outcomes.add(delivery.resume(pending)));
    return outcomes;
  }

  /** {@link #sweepAndDeliver(DigestSender, Backoff, Sleeper)} with the default backoff. */
  public List<Outcome> sweepAndDeliver(DigestSender sender, Sleeper sleeper) {
    return sweepAndDeliver(sender, Backoff.defaults(), sleeper);
  }

  @Override
  public void close() {
    try {
      radar.close();
    } finally {
      db.close();
    }
  }

  /** A clock the test moves. */
  public static final class MutableClock extends Clock {
    private volatile java.time.Instant now;

    public MutableClock(java.time.Instant now) {
      this.now = now;
    }

    public void set(java.time.Instant instant) {
      now = instant;
    }

    public void advance(java.time.Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      MutableClock outer = this;
      return new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(java.time.ZoneId other) {
          return outer.withZone(other);
        }

        @Override
        public java.time.Instant instant() {
          return outer.instant();
        }
      };
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
