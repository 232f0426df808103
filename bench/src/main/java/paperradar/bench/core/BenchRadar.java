package paperradar.bench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import paperradar.core.assembly.RadarCore;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.fixtures.ListingWriter;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.model.Paper;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.Database;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.TopicStore;
import paperradar.core.topics.TopicMatchRecorder;

/**
 * The whole core on an embedded database and index in a temporary directory, wired as the bot wires
 * it, for the benchmarks that measure it end to end. Closing it deletes the directory.
 */
public final class BenchRadar implements AutoCloseable {

  private static final int PER_LISTING = 100;

  public final Path dir;
  public final Database database;

  /**
   * The core as the bot builds it; the fields below are its parts, named for the benchmarks'
   * brevity.
   */
  public final RadarCore radar;

  public final PaperIndex index;
  public final TopicStore topics;
  public final ChannelStore channels;
  public final DeliveryLedger ledger;
  public final TopicMatchRecorder matching;
  public final Ingestor ingestor;
  public final CommandService commands;

  public BenchRadar(Clock clock) throws IOException {
    this(clock, builder -> builder);
  }

  /** A core whose builder {@code options} completes (an embedder, channel feedback...). */
  public BenchRadar(Clock clock, java.util.function.UnaryOperator<RadarCore.Builder> options)
      throws IOException {
    dir = Files.createTempDirectory("paper-radar-bench");
    database = Database.embedded(dir.resolve("data"));
    try {
      radar =
          options
              .apply(
                  RadarCore.builder(database.dataSource(), clock)
                      .indexDirectory(dir.resolve("index")))
              .build();
    } catch (RuntimeException e) {
      database.close();
      IngestBench.deleteTree(dir);
      throw e;
    }
    index = radar.index();
    topics = radar.topics();
    channels = radar.channels();
    ledger = radar.ledger();
    matching = radar.matching();
    ingestor = radar.ingestor();
    commands = radar.commands();
  }

  /** Ingests the papers as arXiv API listings of 100, seen today. */
  public void ingest(List<Paper> papers, LocalDate today) throws ListingParseException {
    for (int from = 0; from < papers.size(); from += PER_LISTING) {
      byte[] listing =
          ListingWriter.arxivAtom(papers.subList(from, Math.min(papers.size(), from + PER_LISTING)))
              .getBytes(StandardCharsets.UTF_8);
      ingestor.ingest("bench-" + from + ".xml", listing, today, Optional.empty());
    }
  }

  @Override
  public void close() throws IOException {
    // Resources close in reverse order: the core first, then its database.
    try (database;
        radar) {
      // nothing to do but close them
    } finally {
      IngestBench.deleteTree(dir);
    }
  }
}
