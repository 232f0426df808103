package paperradar.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.Paper;

/**
 * The search index of papers (Lucene): BM25 over title (boosted), abstract and authors, kept in
 * step with the store's change feed by {@link #apply} and rebuilt from it by {@link #rebuild}. Each
 * commit records the last change number applied (in the commit's user data), so an index that opens
 * knows where to catch up.
 *
 * <p>Lucene allows one writer per directory. {@link #openShared} opens the directory's writer when
 * it is free, else (a running bot holds it) a private copy of its last commit, which the caller
 * then catches up from the store: a command-line process beside a running bot reads an index as
 * current as the store, without the bot's writer.
 */
public final class PaperIndex implements AutoCloseable {

  /**
   * Newest publication first, undated papers last (among themselves newest first seen). An index
   * written before {@link PaperFields#PUBLISHED_DAY} existed has it on no paper and sorts by {@link
   * PaperFields#DAY} alone until {@code reindex}.
   */
  /**
   * The stored link, or the one the id or title gives when the index was built before links were
   * stored.
   */
  private static String url(Document doc) {
    String stored = doc.get(PaperFields.URL);
    if (stored != null) {
      return stored;
    }
    String arxivId = doc.get(PaperFields.ARXIV_ID);
    return arxivId != null
        ? "https://arxiv.org/abs/" + arxivId
        : paperradar.core.model.PaperLinks.titleSearch(doc.get(PaperFields.TITLE));
  }

  private static final Sort BY_DATE =
      new Sort(
          publishedDayUndatedLast(),
          new SortField(PaperFields.DAY, SortField.Type.LONG, true),
          SortField.FIELD_SCORE,
          new SortField(PaperFields.ID, SortField.Type.LONG, true));

  private static SortField publishedDayUndatedLast() {
    SortField field = new SortField(PaperFields.PUBLISHED_DAY, SortField.Type.LONG, true);
    field.setMissingValue(Long.MIN_VALUE);
    return field;
  }

  private final Directory directory;
  private final Analyzer analyzer = PaperAnalyzers.perField();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryReader queries = new QueryReader(analyzer);
  private final Snippets snippets = new Snippets(analyzer);
  private final @Nullable Path privateCopy;
  private volatile long appliedSequence;

  /**
   * No document of this index has a paper id above this. A paper above it cannot be in the index
   * yet, so it is added without the delete by id that replacing a document costs: the writer looks
   * each deleted id up in every segment when it flushes, which was about a twentieth of the
   * catch-up thread's time, for papers that are nearly all new. Read from the index before its
   * first write (so after a crash it is that of the last commit, and a process that only searches
   * never reads it); raised by every path that adds a document. {@code -1} until read.
   */
  private long highestPaperId = -1;

  private long lastCommit = System.nanoTime();

  /**
   * Whether changes were applied that no searcher shows yet. Making changes searchable writes a
   * segment of them; done after every listing of 500, it was half of what the index cost (20,000
   * papers: 4,400-6,200 papers/s searchable after each listing, 11,900-13,200 searchable once). So
   * the catch-up makes them searchable itself once per {@link #REFRESH_INTERVAL} at most, and a
   * search in between makes them searchable before it reads ({@link #withSearcher}): every search
   * sees every change applied before it, as before, and an ingest that nobody searches during (a
   * CLI {@code ingest}) writes few, large segments.
   */
  private volatile boolean unsearchable;

  private volatile long lastRefresh = System.nanoTime();

  /**
   * The longest applied changes wait for the catch-up to make them searchable, which bounds what a
   * search may have to make searchable first.
   */
  static final java.time.Duration REFRESH_INTERVAL = java.time.Duration.ofSeconds(1);

  /** The commit user data key of the last change number applied. */
  static final String APPLIED = "paper-radar.changeSeq";

  private PaperIndex(Directory directory) throws IOException {
    this(directory, null);
  }

  private PaperIndex(Directory directory, @Nullable Path privateCopy) throws IOException {
    this.directory = directory;
    this.privateCopy = privateCopy;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    // The index is refreshed for search after every batch (a listing of 500 papers), and each
    // refresh writes a small segment. A compound file copies all of a segment's files into one
    // more: the same bytes written twice for every small segment and again for each merge, while
    // an index of ~20 segments needs no help to keep its number of open files down. (On its own
    // this was within the noise of a loaded 2-core machine; it removes work, never adds any.)
    config.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    config.setMergePolicy(merges);
    this.writer = new IndexWriter(directory, config);
    if (!DirectoryReader.indexExists(directory)) {
      // A first commit at once: another process copies the last commit (see openShared), and
      // changes are committed only every few seconds.
      writer.commit();
    }
    this.searchers = new SearcherManager(writer, null);
    this.appliedSequence = appliedIn(writer);
  }

  /** The highest paper id of any document, deleted ones included (a bound, never too low). */
  private static long highestPaperIdIn(SearcherManager searchers) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      long highest = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        NumericDocValues ids = leaf.reader().getNumericDocValues(PaperFields.ID);
        if (ids != null) {
          for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
            highest = Math.max(highest, ids.longValue());
          }
        }
      }
      return highest;
    } finally {
      searchers.release(searcher);
    }
  }

  private static long appliedIn(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (APPLIED.equals(entry.getKey())) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return 0;
  }

  /** The index in {@code dir}, created when missing. */
  public static PaperIndex open(Path dir) {
    try {
      return new PaperIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index at " + dir, e);
    }
  }

  /**
   * The index in {@code dir}: its own writer when no other process holds it, else a private copy of
   * its last commit (in a temporary directory, deleted on close) that the caller catches up from
   * the store.
   */
  public static PaperIndex openShared(Path dir) {
    try {
      return new PaperIndex(FSDirectory.open(dir));
    } catch (LockObtainFailedException held) {
      return privateCopyOf(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index at " + dir, e);
    }
  }

  /** Whether this is a private copy of an index another process writes. */
  public boolean isPrivateCopy() {
    return privateCopy != null;
  }

  /**
   * Copies the files of the last commit into a temporary directory: hard links where the file
   * system allows (Lucene never changes a file once written, and a link survives the owner deleting
   * its name), else copies. The owner may delete an old commit's files while we copy; then we copy
   * the newer one.
   */
  private static PaperIndex privateCopyOf(Path dir) {
    for (int attempt = 1; ; attempt++) {
      @Nullable Path copy = null;
      try (Directory source = FSDirectory.open(dir)) {
        copy = Files.createTempDirectory("paper-radar-index-");
        SegmentInfos commit = SegmentInfos.readLatestCommit(source);
        Directory target = FSDirectory.open(copy);
        for (String file : commit.files(true)) {
          try {
            Files.createLink(copy.resolve(file), dir.resolve(file));
          } catch (IOException | UnsupportedOperationException e) {
            target.copyFrom(source, file, file, IOContext.DEFAULT);
          }
        }
        return new PaperIndex(target, copy);
      } catch (NoSuchFileException | java.io.FileNotFoundException raced) {
        deleteQuietly(copy);
        if (attempt == 5) {
          throw new UncheckedIOException("cannot copy the search index at " + dir, raced);
        }
      } catch (IOException e) {
        deleteQuietly(copy);
        throw new UncheckedIOException("cannot copy the search index at " + dir, e);
      }
    }
  }

  private static void deleteQuietly(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }

  /** An index in memory, for tests and benchmarks. */
  public static PaperIndex inMemory() {
    try {
      return new PaperIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds or replaces these papers, then makes them searchable. */
  public synchronized void upsert(Collection<Paper> papers) {
    try {
      addOrReplaceAll(papers);
      writer.commit();
      makeSearchable();
    } catch (IOException e) {
      throw new UncheckedIOException("updating the search index failed", e);
    }
  }

  /**
   * Adds or replaces these papers (the changes of the feed up to {@code sequence}); the next search
   * finds them (see {@link #unsearchable}), and {@code sequence} is recorded as applied in the next
   * commit.
   *
   * <p>A commit writes every new file to the disk (fsync), which cost more than indexing a listing
   * of 500 papers, so the index commits at most every {@link #COMMIT_INTERVAL} (and when it
   * closes), not per batch. A crash loses at most that interval of applied changes, and the
   * catch-up at the next start applies them again from the store's feed (replacing a paper's
   * document is harmless).
   *
   * <p>The documents are built on the common pool a few chunks ahead ({@link DocumentsAhead}) and
   * handed to the writer from this thread alone, up to {@link #TWO_WRITERS_FROM} papers: a writer
   * keeps one in-memory segment per thread that adds documents, so adding from two threads wrote
   * two half-size segments at every refresh, which cost more to write, to open and to merge again
   * than the inversion on one thread costs. On 20,000 papers in 40 batches of 500 (FSDirectory,
   * loaded machine) the refreshes took about half as long, and the CPU time of the index's work
   * fell by ~10-15%. Building ahead rather than all first keeps the other core busy while this one
   * inverts. A batch that large comes when the catch-up is far behind, and then two threads invert
   * its halves: at the end of a large ingest the store's thread is done, and one inverting thread
   * left the second core idle through the backlog.
   */
  public synchronized void apply(Collection<Paper> papers, long sequence) {
    try {
      addOrReplaceAll(papers);
      long applied = Math.max(sequence, appliedSequence);
      writer.setLiveCommitData(Map.of(APPLIED, Long.toString(applied)).entrySet());
      unsearchable = true;
      if (System.nanoTime() - lastRefresh >= REFRESH_INTERVAL.toNanos()) {
        makeSearchable();
      }
      appliedSequence = applied;
      if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
        commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("updating the search index failed", e);
    }
  }

  /**
   * Each paper once, as its last change left it: whether a paper is added or replaced is decided
   * for the whole batch at once, and the halves of a batch go to the writer from two threads, so a
   * paper twice in a batch could end up twice or as either version.
   */
  private static List<Paper> lastOfEachPaper(Collection<Paper> papers) {
    Map<Long, Paper> last = new LinkedHashMap<>();
    for (Paper paper : papers) {
      last.remove(paper.id());
      last.put(paper.id(), paper);
    }
    return List.copyOf(last.values());
  }

  private void addOrReplaceAll(Collection<Paper> batch) throws IOException {
    List<Paper> papers = lastOfEachPaper(batch);
    if (highestPaperId < 0) {
      highestPaperId = highestPaperIdIn(searchers);
    }
    long highestBefore = highestPaperId;
    // Raised before any is added: if a document fails part way, those added before it are
    // replaced, not added again, when the batch is applied again.
    for (Paper paper : papers) {
      highestPaperId = Math.max(highestPaperId, paper.id());
    }
    if (papers.size() < TWO_WRITERS_FROM) {
      addOrReplace(papers, highestBefore);
      return;
    }
    int half = papers.size() / 2;
    Future<?> second =
        secondWriter()
            .submit(
                () -> {
                  addOrReplace(papers.subList(half, papers.size()), highestBefore);
                  return null;
                });
    try {
      addOrReplace(papers.subList(0, half), highestBefore);
    } catch (IOException | RuntimeException first) {
      // The other half must be done before the batch is applied again, or a document it adds
      // late could escape the replacing.
      awaitQuietly(second);
      throw first;
    }
    Outcomes.await(second, "indexing half of a batch");
  }

  private static void awaitQuietly(Future<?> half) {
    try {
      Outcomes.await(half, "indexing half of a batch");
    } catch (IOException | RuntimeException ignored) {
      // The first half's failure is the one reported.
    }
  }

  /**
   * Papers in a batch from which two threads feed the writer. A catch-up's batches grow to this
   * when it is far behind (the backlog at the end of a large ingest, when the store's thread is
   * done and the second core idles) and in a rebuild; smaller batches keep one writing thread, so
   * that each refresh writes one segment.
   */
  static final int TWO_WRITERS_FROM = 4_000;

  /** The second thread feeding the writer, started on the first batch that needs it. */
  private @Nullable ExecutorService secondWriter;

  private ExecutorService secondWriter() {
    if (secondWriter == null) {
      secondWriter =
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "paper-radar-index-second-writer");
                thread.setDaemon(true);
                return thread;
              });
    }
    return secondWriter;
  }

  private void addOrReplace(List<Paper> papers, long highestBefore) throws IOException {
    new DocumentsAhead(papers, PaperDocuments::of)
        .forEach(
            (paper, doc) -> {
              if (paper.id() > highestBefore) {
                writer.addDocument(doc);
              } else {
                writer.updateDocument(idTerm(paper), doc);
              }
            });
  }

  /** Writes what was applied to the disk, with the change number it reached. */
  public synchronized void commit() {
    try {
      writer.commit();
      lastCommit = System.nanoTime();
    } catch (IOException e) {
      throw new UncheckedIOException("committing the search index failed", e);
    }
  }

  /** The longest an applied change waits for a commit while the index is open. */
  static final java.time.Duration COMMIT_INTERVAL = java.time.Duration.ofSeconds(2);

  private static Term idTerm(Paper paper) {
    return new Term(PaperFields.ID, Long.toString(paper.id()));
  }

  /** The last change number of the store's feed this index has applied; 0 for a new index. */
  public long appliedSequence() {
    return appliedSequence;
  }

  /** Replaces the whole index with these papers. */
  public void rebuild(Iterable<Paper> papers) {
    rebuild(papers, appliedSequence);
  }

  /**
   * Replaces the whole index with these papers, the store as of change {@code sequence}. The papers
   * may be streamed: they are read a batch at a time, and each batch's documents are built ahead as
   * {@link #apply} builds them.
   */
  public synchronized void rebuild(Iterable<Paper> papers, long sequence) {
    try {
      writer.deleteAll();
      highestPaperId = 0;
      List<Paper> batch = new ArrayList<>(REBUILD_BATCH);
      for (Paper paper : papers) {
        batch.add(paper);
        if (batch.size() == REBUILD_BATCH) {
          addOrReplaceAll(batch);
          batch.clear();
        }
      }
      addOrReplaceAll(batch);
      writer.setLiveCommitData(Map.of(APPLIED, Long.toString(sequence)).entrySet());
      writer.commit();
      appliedSequence = sequence;
      makeSearchable();
    } catch (IOException e) {
      throw new UncheckedIOException("rebuilding the search index failed", e);
    }
  }

  /** Papers a rebuild holds in memory at once. */
  private static final int REBUILD_BATCH = 5_000;

  /**
   * The papers every search sees: counted by a searcher, as the writer counts replaced papers twice
   * until it flushes.
   */
  public long size() {
    return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  /** Reads the query the way search does; a bad query throws {@link QueryException}. */
  public Query parseQuery(String typed) {
    return queries.read(typed);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public SearchResults search(SearchRequest request) {
    Query query = queries.read(request.query());
    return withSearcher(
        searcher -> {
          int wanted = request.offset() + request.limit();
          TopDocs top =
              request.sort() == SearchSort.DATE
                  ? searcher.search(
                      query,
                      new TopFieldCollectorManager(
                          BY_DATE, wanted, null, SearchResults.EXACT_UP_TO))
                  : searcher.search(
                      query,
                      new TopScoreDocCollectorManager(wanted, null, SearchResults.EXACT_UP_TO));
          boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
          return new SearchResults(
              top.totalHits.value(),
              exact,
              hits(searcher, queries.readForHighlight(request.query()), top, request.offset()));
        });
  }

  /**
   * Opens a searcher on every change applied so far. The flag is cleared first, so a change applied
   * while the searcher opens sets it again and the next search opens another.
   */
  private void makeSearchable() throws IOException {
    unsearchable = false;
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      unsearchable = true;
      throw e;
    }
    lastRefresh = System.nanoTime();
  }

  /** Work on a searcher over the latest committed view of the index. */
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      if (unsearchable) {
        makeSearchable();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query matches too many words; make prefixes longer");
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    }
  }

  private List<SearchResults.Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset)
      throws IOException {
    List<SearchResults.Hit> hits = new ArrayList<>();
    if (top.scoreDocs.length <= offset) {
      return hits;
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
    @Nullable String[] marked = snippets.of(searcher, query, page);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      String snippet = marked[i];
      Number published =
          doc.getField(PaperFields.PUBLISHED) == null
              ? null
              : doc.getField(PaperFields.PUBLISHED).numericValue();
      hits.add(
          new SearchResults.Hit(
              Long.parseLong(doc.get(PaperFields.ID)),
              doc.get(PaperFields.ARXIV_ID),
              doc.get(PaperFields.TITLE),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              snippet != null ? snippet : Snippets.opening(doc.get(PaperFields.ABSTRACT)),
              published == null ? null : LocalDate.ofEpochDay(published.longValue()),
              url(doc)));
    }
    return hits;
  }

  /**
   * The ids of the papers a query matches: the best {@code max} of them, as a set. Trending uses it
   * to keep to a topic. A bad query throws {@link QueryException}.
   */
  public Set<Long> matchingPaperIds(String typed, int max) {
    Query query = queries.read(typed);
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(max, null, max));
          StoredFields stored = searcher.storedFields();
          // In index order, so that each compressed block of stored fields is read once, not once
          // per hit.
          int[] docs = Arrays.stream(top.scoreDocs).mapToInt(doc -> doc.doc).sorted().toArray();
          Set<Long> ids = new HashSet<>();
          for (int doc : docs) {
            ids.add(
                Long.parseLong(stored.document(doc, Set.of(PaperFields.ID)).get(PaperFields.ID)));
          }
          return ids;
        });
  }

  @Override
  public void close() {
    try {
      if (secondWriter != null) {
        secondWriter.shutdown();
      }
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the search index failed", e);
    } finally {
      deleteQuietly(privateCopy);
    }
  }
}
