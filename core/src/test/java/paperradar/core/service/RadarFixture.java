package paperradar.core.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import paperradar.core.command.CommandContext;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.JdbcDeliveryLedger;
import paperradar.core.digest.DigestComposer;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.ChannelRef;
import paperradar.core.pipeline.IngestOutcome;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.rank.TrendingConfig;
import paperradar.core.rank.TrendingService;
import paperradar.core.reply.Reply;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.TestDatabase;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.JdbcChannelStore;
import paperradar.core.subscribe.JdbcTopicStore;
import paperradar.core.subscribe.TopicStore;
import paperradar.core.topics.TopicMatchRecorder;

/** The whole core on a fresh database and index, wired as the bot wires it, with a settable clock. */
public final class RadarFixture implements AutoCloseable {

  public final MutableClock clock;
  public final TestDatabase db;
  public final PaperIndex index;
  public final JdbcPaperStore store;
  public final TopicStore topics;
  public final ChannelStore channels;
  public final DeliveryLedger ledger;
  public final TopicMatchRecorder matching;
  public final Ingestor ingestor;
  public final PaperRadar radar;
  public final PapersCommandService commands;

  public RadarFixture(TestDatabase.Kind kind, Path temp, MutableClock clock) {
    this.clock = clock;
    this.db = TestDatabase.open(kind, temp);
    this.index = PaperIndex.inMemory();
    this.store = new JdbcPaperStore(db.database().dataSource(), clock);
    this.topics = new JdbcTopicStore(db.database().dataSource());
    this.channels = new JdbcChannelStore(db.database().dataSource(),
        ChannelSettings.defaults(ChannelRef.console("defaults"), ZoneOffset.UTC), clock);
    this.ledger = new JdbcDeliveryLedger(db.database().dataSource());
    this.matching = TopicMatchRecorder.start(topics, clock);
    this.ingestor = new Ingestor(Parsers.detector(), store);
    ingestor.addListener((changed, newIds) -> index.upsert(changed));
    ingestor.addListener(matching);
    TrendingService trending = new TrendingService(store, index, TrendingConfig.defaults(), clock);
    DigestComposer digests = new DigestComposer(store, topics, trending, ledger, clock);
    this.radar = new PaperRadar(store, index, trending, topics, matching, channels, digests, clock);
    this.commands = new PapersCommandService(radar);
  }

  public IngestOutcome ingest(String name, String text, LocalDate asOf) throws Exception {
    return ingestor.ingest(name, text.getBytes(StandardCharsets.UTF_8), asOf, Optional.empty());
  }

  public Reply ask(ChannelRef channel, String line) {
    return commands.handle(new CommandContext(channel, "U1", true), line);
  }

  @Override
  public void close() {
    matching.close();
    index.close();
    db.close();
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
