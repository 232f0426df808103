package paperradar.bot.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quartz.SchedulerException;
import paperradar.bot.schedule.Scheduling;
import paperradar.core.deliver.Backoff;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.deliver.DigestSender;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.deliver.Sleeper;
import paperradar.core.poll.Source;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.poll.SourcePoller;
import java.util.Optional;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.digest.DigestComposer;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.ingest.InputLoader;
import paperradar.core.ingest.Parsers;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.rank.TrendingService;
import paperradar.core.search.PaperIndex;
import paperradar.core.service.PaperRadar;
import paperradar.core.service.PapersCommandService;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.TopicStore;
import paperradar.core.topics.TopicMatching;

/** The services one command needs, opened from the global options and closed when it ends. */
final class Services implements AutoCloseable {

  private final Settings settings;
  private final Database database;
  private final PaperStore store;
  private final PaperIndex index;
  private final Ingestor ingestor;
  private final TopicMatching matching;
  private final PaperRadar radar;
  private final DeliveryLedger ledger;
  private final Clock clock;

  private Services(Settings settings, Database database, Path dataDir, Clock clock) {
    this.settings = settings;
    this.database = database;
    this.clock = clock;
    this.store = new JdbcPaperStore(database.dataSource(), clock);
    this.index = PaperIndex.open(dataDir.resolve("index"));
    TopicStore topics = new TopicStore(database.dataSource());
    this.matching = TopicMatching.start(topics, clock);
    this.ingestor = new Ingestor(Parsers.detector(), store);
    this.ingestor.addListener((changed, newIds) -> index.upsert(changed));
    this.ingestor.addListener(matching);
    TrendingService trending = new TrendingService(store, index, settings.trending().toConfig(), clock);
    ChannelStore channels = new ChannelStore(database.dataSource(), settings.digest().channelDefaults(), clock);
    this.ledger = new DeliveryLedger(database.dataSource());
    DigestComposer digests = new DigestComposer(store, topics, trending, ledger, clock,
        settings.digest().perTopic());
    this.radar = new PaperRadar(store, index, trending, topics, matching, channels, digests, clock);
  }

  static Services open(RootCommand options) {
    Settings settings = ConfigLoader.load(Optional.ofNullable(options.configFile));
    Path dataDir = options.dataDir.toAbsolutePath().normalize();
    Database database = options.databaseUrl == null
        ? Database.embedded(dataDir)
        : Database.connect(options.databaseUrl);
    try {
      return new Services(settings, database, dataDir, Clock.systemUTC());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  PaperStore store() {
    return store;
  }

  PaperIndex index() {
    return index;
  }

  Ingestor ingestor() {
    return ingestor;
  }

  InputLoader inputLoader() {
    return new InputLoader(FeedFetcher.withDefaults());
  }

  Clock clock() {
    return clock;
  }

  Settings settings() {
    return settings;
  }

  PaperRadar radar() {
    return radar;
  }

  DeliveryLedger ledger() {
    return ledger;
  }

  Database database() {
    return database;
  }

  /** Starts the digest sweep and the source polls, sending digests through these senders. */
  Scheduling startScheduling(List<DigestSender> senders, SourcePoller.FailureObserver sourceFailures)
      throws SchedulerException {
    Settings.Digest digest = settings.digest();
    Map<String, DigestSender> byPlatform = new HashMap<>();
    senders.forEach(sender -> byPlatform.put(sender.platform(), sender));
    DigestSweep sweep = new DigestSweep(radar.channels(), ledger, byPlatform.keySet(),
        Duration.ofHours(digest.graceHours()), clock);
    DigestDelivery delivery = new DigestDelivery(radar.digests(), ledger, radar.channels(), byPlatform,
        Backoff.defaults(), Sleeper.REAL, clock, Duration.ofSeconds(digest.leaseSeconds()));
    SourcePoller poller = new SourcePoller(FeedFetcher.withDefaults(), ingestor,
        new SourceHealthStore(database.dataSource()), clock);
    poller.onFailure(sourceFailures);
    List<Source> sources = settings.sources().stream().map(Settings.SourceSetting::toSource).toList();
    return Scheduling.start(database.dataSource(),
        new Scheduling.Options(database.vendor() == Database.Vendor.POSTGRESQL, Duration.ofSeconds(digest.sweepSeconds()),
            settings.scheduler().clusterCheckinMillis(), settings.scheduler().threads()),
        new Scheduling.Jobs(sweep, delivery, radar.channels(), ledger, poller, sources));
  }

  PapersCommandService commands() {
    return new PapersCommandService(radar);
  }

  @Override
  public void close() {
    try {
      matching.close();
      index.close();
    } finally {
      database.close();
    }
  }
}
