package paperradar.bench.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import paperradar.core.model.Paper;

/**
 * The least any store and index of these papers could cost on this machine, with the same H2 and
 * Lucene: a store of one table (a primary key and arXiv's id unique, 500 papers a transaction, each
 * commit on disk before it returns, as the store's) and an index of one analysed field (title,
 * abstract and authors; id, title and abstract stored), fed from two threads and searchable once at
 * the end. Neither parses, merges, keeps sightings or numbers changes. Both at once (the store on a
 * third thread) is the most that an end-to-end ingest could reach with the store and the index in
 * step on this machine: a floor to read its cost over the parse against.
 */
final class IngestFloor {

  private static final int PER_TRANSACTION = 500;

  private IngestFloor() {}

  /** Each pass on fresh files under {@code dir}; the fastest of {@code passes} counts, as above. */
  static IngestBench.Floor measure(Path dir, List<Paper> papers, int warmUps, int passes) {
    // Two threads feed the index (as the catch-up feeds a large batch) and one stores.
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      for (int pass = 0; pass < warmUps; pass++) {
        bothAtOnce(threads, dir.resolve("warm-up-" + pass), papers);
      }
      double index = 0;
      double store = 0;
      double both = 0;
      for (int pass = 0; pass < passes; pass++) {
        Path passDir = dir.resolve("pass-" + pass);
        index =
            Math.max(
                index,
                rate(papers, () -> await(index(threads, passDir.resolve("index-alone"), papers))));
        store = Math.max(store, rate(papers, () -> store(passDir.resolve("store-alone"), papers)));
        both =
            Math.max(
                both, rate(papers, () -> bothAtOnce(threads, passDir.resolve("both"), papers)));
      }
      return new IngestBench.Floor(index, store, both);
    } finally {
      threads.shutdownNow();
    }
  }

  private static double rate(List<Paper> papers, Runnable pass) {
    long start = System.nanoTime();
    pass.run();
    return papers.size() / ((System.nanoTime() - start) / 1e9);
  }

  private static void bothAtOnce(ExecutorService threads, Path dir, List<Paper> papers) {
    CompletableFuture<Void> store =
        CompletableFuture.runAsync(() -> store(dir.resolve("store"), papers), threads);
    await(CompletableFuture.allOf(index(threads, dir.resolve("index"), papers), store));
  }

  private static void await(CompletableFuture<Void> work) {
    try {
      work.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the ingest floor failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted measuring the ingest floor", e);
    }
  }

  /** Indexes the papers from two threads, each adding half, and commits when both are done. */
  private static CompletableFuture<Void> index(
      ExecutorService threads, Path dir, List<Paper> papers) {
    // The search index's own buffer and file layout, so that the two differ only in what they hold.
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(64);
    config.setUseCompoundFile(false);
    Directory directory = open(dir);
    IndexWriter writer = writerOn(directory, config);
    int half = papers.size() / 2;
    return CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> add(writer, papers.subList(0, half)), threads),
            CompletableFuture.runAsync(
                () -> add(writer, papers.subList(half, papers.size())), threads))
        .whenComplete((added, failure) -> finish(directory, writer, papers, failure == null));
  }

  private static Directory open(Path dir) {
    try {
      return FSDirectory.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A writer on the directory; the directory is closed when no writer can be opened on it. */
  private static IndexWriter writerOn(Directory directory, IndexWriterConfig config) {
    try {
      return new IndexWriter(directory, config);
    } catch (IOException e) {
      try {
        directory.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw new UncheckedIOException(e);
    }
  }

  private static void add(IndexWriter writer, List<Paper> papers) {
    try {
      for (Paper paper : papers) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(paper.id()), Field.Store.YES));
        doc.add(new TextField("text", searchedText(paper), Field.Store.NO));
        doc.add(new StoredField("title", paper.title()));
        doc.add(new StoredField("abstract", paper.abstractText()));
        writer.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits what both threads added, or after a failure only closes. */
  private static void finish(
      Directory directory, IndexWriter writer, List<Paper> papers, boolean added) {
    try (directory;
        writer) {
      if (added) {
        writer.commit();
        expectAll(papers, writer.getDocStats().numDocs, "index");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A floor that lost papers would read faster than it is. */
  private static void expectAll(List<Paper> papers, long held, String what) {
    if (held != papers.size()) {
      throw new IllegalStateException(
          "the ingest floor's " + what + " holds " + held + " of " + papers.size() + " papers");
    }
  }

  private static String searchedText(Paper paper) {
    return paper.title() + "\n" + paper.abstractText() + "\n" + String.join(", ", paper.authors());
  }

  private static void store(Path dir, List<Paper> papers) {
    try (Connection connection =
        DriverManager.getConnection(
            // As durable as the store's own (Database.embedded): each commit on disk before it
            // returns. H2's default delay would write many commits' pages once.
            "jdbc:h2:async:" + dir.toAbsolutePath().resolve("floor") + ";WRITE_DELAY=0",
            "sa",
            "")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE papers (id BIGINT PRIMARY KEY, arxiv_id VARCHAR(64) UNIQUE,"
                + " title VARCHAR(1200), authors VARCHAR(200000), abstract VARCHAR(200000))");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO papers VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < papers.size(); i++) {
          Paper paper = papers.get(i);
          insert.setLong(1, i + 1);
          insert.setString(2, paper.arxivId() == null ? null : paper.arxivId().value());
          insert.setString(3, paper.title());
          insert.setString(4, String.join(", ", paper.authors()));
          insert.setString(5, paper.abstractText());
          insert.addBatch();
          if ((i + 1) % PER_TRANSACTION == 0 || i + 1 == papers.size()) {
            insert.executeBatch();
            connection.commit();
          }
        }
      }
      try (Statement count = connection.createStatement();
          var rows = count.executeQuery("SELECT COUNT(*) FROM papers")) {
        rows.next();
        expectAll(papers, rows.getLong(1), "store");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the ingest floor's H2 store failed: " + e.getMessage(), e);
    }
  }
}
