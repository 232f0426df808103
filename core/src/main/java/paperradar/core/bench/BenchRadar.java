package paperradar.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.JdbcDeliveryLedger;
import paperradar.core.digest.DigestComposer;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.rank.TrendingConfig;
import paperradar.core.rank.TrendingService;
import paperradar.core.search.PaperIndex;
import paperradar.core.service.PaperRadar;
import paperradar.core.service.PapersCommandService;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.JdbcChannelStore;
import paperradar.core.subscribe.JdbcTopicStore;
import paperradar.core.subscribe.TopicStore;
import paperradar.core.topics.TopicMatchRecorder;

/**
 * The whole core on an embedded database and index in a temporary directory, wired as the bot wires it,
 * for the benchmarks that measure it end to end. Closing it deletes the directory.
 */
public final class BenchRadar implements AutoCloseable {

  private static final int PER_LISTING = 100;

  public final Path dir;
  public final Database database;
  public final PaperIndex index;
  public final TopicStore topics;
  public final ChannelStore channels;
  public final DeliveryLedger ledger;
  public final TopicMatchRecorder matching;
  public final Ingestor ingestor;
  public final PaperRadar radar;
  public final PapersCommandService commands;

  public BenchRadar(Clock clock) throws IOException {
    dir = Files.createTempDirectory("paper-radar-bench");
    database = Database.embedded(dir.resolve("data"));
    index = PaperIndex.open(dir.resolve("index"));
    JdbcPaperStore store = new JdbcPaperStore(database.dataSource(), clock);
    topics = new JdbcTopicStore(database.dataSource());
    channels = new JdbcChannelStore(database.dataSource(), ChannelSettings.defaults(ChannelRef.console("defaults"),
        ZoneOffset.UTC), clock);
    ledger = new JdbcDeliveryLedger(database.dataSource());
    matching = TopicMatchRecorder.start(topics, clock);
    ingestor = new Ingestor(Parsers.detector(), store);
    ingestor.addListener((changed, newIds) -> index.upsert(changed));
    ingestor.addListener(matching);
    TrendingService trending = new TrendingService(store, index, TrendingConfig.defaults(), clock);
    DigestComposer digests = new DigestComposer(store, topics, trending, ledger, clock);
    radar = new PaperRadar(store, index, trending, topics, matching, channels, digests, clock);
    commands = new PapersCommandService(radar);
  }

  /** Ingests the papers as arXiv API listings of 100, seen today. */
  public void ingest(List<Paper> papers, LocalDate today) throws ListingParseException {
    for (int from = 0; from < papers.size(); from += PER_LISTING) {
      byte[] listing = ListingWriter.arxivAtom(papers.subList(from, Math.min(papers.size(), from + PER_LISTING)))
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ingestor.ingest("bench-" + from + ".xml", listing, today, Optional.empty());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      matching.close();
      index.close();
      database.close();
    } finally {
      IngestBench.deleteTree(dir);
    }
  }
}
