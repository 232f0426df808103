package paperradar.bot.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.SchedulerException;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.bot.schedule.Scheduling;
import paperradar.core.assembly.RadarCore;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.deliver.DigestSender;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.deliver.FeedNotices;
import paperradar.core.deliver.JdbcFeedNoticeLedger;
import paperradar.core.deliver.Sleeper;
import paperradar.core.embed.LazyEmbedder;
import paperradar.core.enrich.ArxivApiClient;
import paperradar.core.enrich.ArxivEnricher;
import paperradar.core.enrich.RequestPacer;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.ingest.InputLoader;
import paperradar.core.model.Platform;
import paperradar.core.pipeline.IndexCatchUp;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.poll.JdbcSourceHealthStore;
import paperradar.core.poll.Source;
import paperradar.core.poll.SourcePoller;
import paperradar.core.retry.Backoff;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcChangeFeed;
import paperradar.core.store.PaperStore;

/** The services one command needs, opened from the global options and closed when it ends. */
final class Services implements AutoCloseable {

  private final Settings settings;
  private final Database database;
  private final RadarCore core;

  private Services(
      Settings settings,
      Database database,
      Path dataDir,
      Clock clock,
      boolean catchUp,
      boolean embeddings) {
    this.settings = settings;
    this.database = database;
    RadarCore.Builder builder =
        RadarCore.builder(database.dataSource(), clock)
            .indexDirectory(dataDir.resolve("index"))
            .trending(settings.trending().toConfig())
            .channelDefaults(settings.digest().channelDefaults())
            .digestPerTopic(settings.digest().perTopic())
            .channelFeedInterval(settings.channelFeeds().interval())
            .catchUpAtBuild(catchUp);
    if (embeddings && settings.index().embeddings()) {
      // The model loads in the background once run follows the store: the start never waits.
      builder.embedder(LazyEmbedder.miniLm()).vectorDirectory(dataDir.resolve("vectors"));
    }
    this.core = builder.build();
  }

  /** The services of a command, the index caught up with the store. */
  static Services open(RootCommand options) {
    return open(options, true, false);
  }

  /**
   * The services of {@code run}: with embeddings (unless {@code index.embeddings} is false), which
   * only the long-running process makes and holds; one-off commands leave them to it.
   */
  static Services openForRun(RootCommand options) {
    return open(options, true, true);
  }

  /**
   * The services of {@code reindex}: the index as it was, since reindex replaces it and says how
   * far behind it was.
   */
  static Services openForReindex(RootCommand options) {
    return open(options, false, false);
  }

  private static Services open(RootCommand options, boolean catchUp, boolean embeddings) {
    Settings settings = ConfigLoader.load(Optional.ofNullable(options.configFile));
    Path dataDir = options.dataDir.toAbsolutePath().normalize();
    Database database =
        options.databaseUrl == null
            ? Database.embedded(dataDir)
            : Database.connect(options.databaseUrl);
    try {
      return new Services(settings, database, dataDir, Clock.systemUTC(), catchUp, embeddings);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * The search index alone, for a command that reads nothing else ({@code search}): no topic
   * matcher, no core. The configuration is still read, so that a bad one is refused here too. The
   * store is the truth (issue 15), so the index is caught up from the store's change feed before it
   * answers, and when a running bot holds the index's writer this is a private copy of it.
   */
  static PaperIndex openIndexOnly(RootCommand options) {
    ConfigLoader.load(Optional.ofNullable(options.configFile));
    Path dataDir = options.dataDir.toAbsolutePath().normalize();
    PaperIndex index = PaperIndex.openShared(dataDir.resolve("index"));
    try (Database database =
        options.databaseUrl == null
            ? Database.embedded(dataDir)
            : Database.connect(options.databaseUrl)) {
      new IndexCatchUp(new JdbcChangeFeed(database.dataSource()), index).catchUp();
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  PaperStore store() {
    return core.store();
  }

  PaperIndex index() {
    return core.index();
  }

  Ingestor ingestor() {
    return core.ingestor();
  }

  InputLoader inputLoader() {
    return new InputLoader(fetcher());
  }

  Clock clock() {
    return core.clock();
  }

  /** Fetches within {@code fetch.deadlineSeconds} and {@code fetch.maxBytes}. */
  FeedFetcher fetcher() {
    return new FeedFetcher(
        Duration.ofSeconds(10), settings.fetch().deadline(), settings.fetch().maxBytes());
  }

  Settings settings() {
    return settings;
  }

  /** The core, as {@link RadarCore} builds it for every process. */
  RadarCore core() {
    return core;
  }

  DeliveryLedger ledger() {
    return core.ledger();
  }

  Database database() {
    return database;
  }

  /** Starts the digest sweep and the source polls, sending digests through these senders. */
  Scheduling startScheduling(
      List<DigestSender> senders, SourcePoller.FailureObserver sourceFailures)
      throws SchedulerException {
    Settings.Digest digest = settings.digest();
    Map<Platform, DigestSender> byPlatform = new HashMap<>();
    senders.forEach(sender -> byPlatform.put(sender.platform(), sender));
    Clock clock = core.clock();
    DeliveryLedger ledger = core.ledger();
    DigestSweep sweep =
        new DigestSweep(
            core.channels(),
            ledger,
            byPlatform.keySet(),
            Duration.ofHours(digest.graceHours()),
            clock);
    DigestDelivery delivery =
        new DigestDelivery(
            core.digests(),
            ledger,
            core.channels(),
            byPlatform,
            Backoff.defaults(),
            Sleeper.REAL,
            clock,
            Duration.ofSeconds(digest.leaseSeconds()));
    SourcePoller poller =
        new SourcePoller(
            fetcher(), core.ingestor(), new JdbcSourceHealthStore(database.dataSource()), clock);
    poller.onFailure(sourceFailures);
    List<Source> sources =
        settings.sources().stream().map(Settings.SourceSetting::toSource).toList();
    Set<String> globalUrls = sources.stream().map(Source::url).collect(Collectors.toSet());
    // A channel's feed is fetched through the guard: every request, redirects included, is checked
    // against the addresses a feed may reach just before it is sent.
    SourcePoller channelFeedPoller =
        new SourcePoller(
            fetcher().guardedBy(core.urlGuard()), core.ingestor(), core.sourceHealth(), clock);
    // No per-URL failure metric for channels' feeds: their URLs are the channels' business, and
    // their number has no bound. Their health is in the store, for feed list and the notices.
    FeedNotices notices =
        new FeedNotices(
            core.sourceHealth(),
            core.channelFeeds(),
            new JdbcFeedNoticeLedger(database.dataSource()),
            byPlatform,
            globalUrls,
            settings.notices().channelRefs(),
            settings.notices().after(),
            clock);
    return Scheduling.start(
        database.dataSource(),
        new Scheduling.Options(
            database.vendor() == Database.Vendor.POSTGRESQL,
            Duration.ofSeconds(digest.sweepSeconds()),
            settings.scheduler().clusterCheckinMillis(),
            settings.scheduler().threads()),
        new Scheduling.Jobs(
            sweep,
            delivery,
            core.channels(),
            ledger,
            poller,
            sources,
            core.channelFeedPolls(globalUrls),
            channelFeedPoller,
            notices::check));
  }

  /** Enrichment from the arXiv API at {@code arxiv.apiUrl}, one request every 3 s at most. */
  ArxivEnricher enricher() {
    Clock clock = core.clock();
    ArxivApiClient api =
        new ArxivApiClient(
            URI.create(settings.arxiv().apiUrl()),
            new RequestPacer(Duration.ofSeconds(3), clock, Sleeper.REAL),
            clock,
            settings.fetch().deadline());
    return new ArxivEnricher(core.store(), core.ingestor(), api, clock);
  }

  CommandService commands() {
    return core.commands();
  }

  @Override
  public void close() {
    try {
      core.close();
    } finally {
      database.close();
    }
  }
}
