package paperradar.bench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.fixtures.ListingWriter;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.ParseContext;
import paperradar.core.ingest.Parsers;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.Database;
import paperradar.core.store.JdbcPaperStore;

/**
 * Ingest throughput in papers per second: parsing alone, and end to end into a fresh embedded H2 store
 * with the search index kept in step. Listings are synthetic arXiv Atom responses of 500 papers.
 */
public final class IngestBench {

  private static final int PER_LISTING = 500;

  /** The measured throughputs. */
  public record Result(int papers, double parsePapersPerSecond, double endToEndPapersPerSecond) {}

  private IngestBench() {}

  public static Result run(int papers) throws IOException, ListingParseException {
    List<byte[]> listings = listings(papers);
    ParseContext context = new ParseContext("bench", LocalDate.of(2026, 11, 22));
    var parser = Parsers.detector();
    for (int warm = 0; warm < 3; warm++) {
      parser.parse(new String(listings.get(warm % listings.size()), StandardCharsets.UTF_8), context, Optional.empty());
    }
    long parseStart = System.nanoTime();
    for (byte[] listing : listings) {
      parser.parse(new String(listing, StandardCharsets.UTF_8), context, Optional.empty());
    }
    double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

    Path dir = Files.createTempDirectory("paper-radar-ingest-bench");
    try (Database database = Database.embedded(dir.resolve("data"));
        PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
      Ingestor ingestor = new Ingestor(Parsers.detector(), new JdbcPaperStore(database));
      ingestor.addListener((changed, newIds) -> index.upsert(changed));
      long start = System.nanoTime();
      for (int i = 0; i < listings.size(); i++) {
        ingestor.ingest("bench-" + i + ".xml", listings.get(i), LocalDate.of(2026, 11, 22), Optional.empty());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(papers, papers / parseSeconds, papers / seconds);
    } finally {
      deleteTree(dir);
    }
  }

  private static List<byte[]> listings(int papers) {
    List<byte[]> listings = new ArrayList<>();
    var all = new CorpusGenerator(42).papers(papers);
    for (int from = 0; from < all.size(); from += PER_LISTING) {
      listings.add(ListingWriter.arxivAtom(all.subList(from, Math.min(all.size(), from + PER_LISTING)))
          .getBytes(StandardCharsets.UTF_8));
    }
    return listings;
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
