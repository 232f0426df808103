package paperradar.bot.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import paperradar.bot.config.ConfigLoader;
import paperradar.bot.config.Settings;
import paperradar.core.ingest.FeedFetcher;
import paperradar.core.ingest.InputLoader;
import paperradar.core.ingest.Parsers;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.rank.TrendingService;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.PaperStore;

/** The services one command needs, opened from the global options and closed when it ends. */
final class Services implements AutoCloseable {

  private final Database database;
  private final PaperStore store;
  private final PaperIndex index;
  private final Ingestor ingestor;
  private final Clock clock;
  private final Settings settings;

  private Services(Settings settings, Database database, Path indexDir, Clock clock) {
    this.settings = settings;
    this.database = database;
    this.store = new JdbcPaperStore(database);
    this.index = PaperIndex.open(indexDir);
    this.ingestor = new Ingestor(Parsers.detector(), store);
    this.ingestor.addListener((changed, newIds) -> index.upsert(changed));
    this.clock = clock;
  }

  static Services open(RootCommand options) {
    Settings settings = ConfigLoader.load(Optional.ofNullable(options.configFile));
    Path dataDir = options.dataDir.toAbsolutePath().normalize();
    Database database = options.databaseUrl == null
        ? Database.embedded(dataDir)
        : Database.connect(options.databaseUrl);
    return new Services(settings, database, dataDir.resolve("index"), Clock.systemUTC());
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

  TrendingService trending() {
    return new TrendingService(store, index, settings.trending().toConfig(), clock);
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      database.close();
    }
  }
}
