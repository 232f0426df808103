package paperradar.core.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import paperradar.core.model.ArxivId;

/**
 * The papers' embeddings in a Lucene index of their own (HNSW graph, dot product of unit vectors =
 * cosine), one document per paper keyed by the store's id, with what tells a paper's versions
 * apart.
 *
 * <p>Why not a field of the search index ({@code PaperIndex})? Vectors arrive later than the papers
 * and on their own schedule (the background embedder), while the search index is rewritten whole by
 * {@code PaperIndex.rebuild} and updated by ingest: a vector kept there would be lost on every
 * rebuild or have to be re-read and re-added with each update of a paper. Here the vectors survive
 * a rebuild of the search index, the two writers never wait for each other, and the vectors can be
 * dropped and remade with another model without touching the search index. It lives beside it, for
 * example in {@code <dataDir>/vectors}.
 */
public final class VectorIndex implements AutoCloseable {

  static final String ID = "id";
  static final String ARXIV_ID = "arxiv";
  static final String TITLE_KEY = "titleKey";
  static final String TEXT_HASH = "textHash";
  static final String VECTOR = "vector";

  /** The commit's note of the last change-feed number whose papers are all embedded. */
  static final String APPLIED = "feedSequence";

  /**
   * Up to this many excluded papers are dropped from a wider search instead of filtered in the
   * query.
   */
  private static final int FEW_EXCLUSIONS = 16;

  /** Ids looked up in one query, so that a long list of papers does not make one huge query. */
  private static final int LOOKUP_CHUNK = 1_024;

  private final int dimension;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long appliedSequence;

  /** One paper's vector with what the index stores beside it. */
  public record Entry(
      long paperId, ArxivId arxivId, String titleKey, String textHash, float[] vector) {}

  private VectorIndex(Directory directory, int dimension) throws IOException {
    if (dimension < 1 || dimension > 4_096) {
      throw new IllegalArgumentException("vector dimension must be 1..4096, was " + dimension);
    }
    this.dimension = dimension;
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.appliedSequence = appliedIn(writer);
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

  /**
   * The last change-feed number up to which every paper has been embedded (or found up to date):
   * where {@link EmbeddingFeed} resumes after a restart. 0 for a new index.
   */
  public long appliedSequence() {
    return appliedSequence;
  }

  /** Records, in a commit of its own, that every change up to {@code sequence} is embedded. */
  public void recordApplied(long sequence) {
    try {
      long applied = Math.max(sequence, appliedSequence);
      writer.setLiveCommitData(Map.of(APPLIED, Long.toString(applied)).entrySet());
      writer.commit();
      appliedSequence = applied;
    } catch (IOException e) {
      throw new UncheckedIOException("recording the vector index's feed position failed", e);
    }
  }

  /** The index in {@code dir} for vectors of {@code dimension}, created when missing. */
  public static VectorIndex open(Path dir, int dimension) {
    try {
      return new VectorIndex(FSDirectory.open(dir), dimension);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the vector index at " + dir, e);
    }
  }

  /** An index in memory, for tests and benchmarks. */
  public static VectorIndex inMemory(int dimension) {
    try {
      return new VectorIndex(new ByteBuffersDirectory(), dimension);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int dimension() {
    return dimension;
  }

  /**
   * Adds or replaces the vector of each paper (normalised to unit length), then makes them
   * searchable.
   */
  public void put(Collection<PaperVector> vectors) {
    try {
      for (PaperVector vector : vectors) {
        writer.updateDocument(
            idTerm(vector.paper().id()), document(vector.paper(), vector.vector()));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("updating the vector index failed", e);
    }
  }

  /** Forgets the vectors of these papers. */
  public void remove(Collection<Long> paperIds) {
    try {
      for (Long id : paperIds) {
        writer.deleteDocuments(idTerm(id));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("removing from the vector index failed", e);
    }
  }

  private Document document(PaperText paper, float[] vector) {
    if (vector.length != dimension) {
      throw new IllegalArgumentException(
          "the vector of paper "
              + paper.id()
              + " has "
              + vector.length
              + " dimensions; this index holds "
              + dimension);
    }
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(paper.id()), Field.Store.YES));
    if (paper.arxivId() != null) {
      doc.add(new StringField(ARXIV_ID, paper.arxivId().value(), Field.Store.YES));
    }
    doc.add(new StringField(TITLE_KEY, paper.titleKey(), Field.Store.YES));
    doc.add(new StoredField(TEXT_HASH, paper.textHash()));
    float[] unit;
    try {
      unit = Vectors.normalised(vector);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the vector of paper " + paper.id() + ": " + e.getMessage(), e);
    }
    doc.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }

  public long size() {
    return writer.getDocStats().numDocs;
  }

  /** The paper's vector and what is stored with it, if it has been embedded. */
  public Optional<Entry> entry(long paperId) {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(idTerm(paperId)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          int doc = top.scoreDocs[0].doc;
          Document stored = searcher.storedFields().document(doc);
          String arxiv = stored.get(ARXIV_ID);
          return Optional.of(
              new Entry(
                  paperId,
                  arxiv == null ? null : new ArxivId(arxiv),
                  stored.get(TITLE_KEY),
                  stored.get(TEXT_HASH),
                  vectorOf(searcher, doc)));
        });
  }

  /** The paper's unit vector, if it has been embedded. */
  public Optional<float[]> vector(long paperId) {
    return entry(paperId).map(Entry::vector);
  }

  /**
   * Of these papers, those with no vector yet or with a vector made from another title or abstract
   * than they have now: what the background embedder should (re)embed.
   */
  public List<PaperText> missingOrStale(Collection<PaperText> papers) {
    List<PaperText> all = List.copyOf(papers);
    List<PaperText> wanted = new ArrayList<>();
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<PaperText> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      Map<Long, String> hashes = textHashes(chunk.stream().map(PaperText::id).toList());
      for (PaperText paper : chunk) {
        if (!paper.textHash().equals(hashes.get(paper.id()))) {
          wanted.add(paper);
        }
      }
    }
    return wanted;
  }

  private Map<Long, String> textHashes(List<Long> ids) {
    Query query =
        new TermInSetQuery(ID, ids.stream().map(id -> new BytesRef(Long.toString(id))).toList());
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query, Math.max(1, ids.size()));
          StoredFields stored = searcher.storedFields();
          Map<Long, String> hashes = new HashMap<>();
          for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of(ID, TEXT_HASH));
            hashes.put(Long.parseLong(doc.get(ID)), doc.get(TEXT_HASH));
          }
          return hashes;
        });
  }

  /**
   * The {@code k} papers whose vectors are nearest to {@code vector} (by cosine), best first, among
   * those the filter allows. The search is approximate (HNSW) on a large index and exact when the
   * filter leaves few papers.
   */
  public List<Neighbour> nearest(float[] vector, int k, NeighbourFilter filter) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (vector.length != dimension) {
      throw new IllegalArgumentException(
          "a query vector of " + vector.length + " dimensions; this index holds " + dimension);
    }
    if (filter.onlyIds() != null && filter.onlyIds().isEmpty()) {
      return List.of();
    }
    float[] unit = Vectors.normalised(vector);
    if (filter.onlyIds() == null && filter.exclusions() <= FEW_EXCLUSIONS) {
      // A few exclusions (a paper and its versions): search a little wider without a filter and
      // drop them after, rather than build a filter over every document for each query.
      int wider = k + 2 * filter.exclusions() + 2;
      List<Neighbour> near = search(new KnnFloatVectorQuery(VECTOR, unit, wider), filter);
      if (near.size() >= k) {
        return near.subList(0, k);
      }
    }
    return search(new KnnFloatVectorQuery(VECTOR, unit, k, luceneFilter(filter)), filter).stream()
        .limit(k)
        .toList();
  }

  private List<Neighbour> search(KnnFloatVectorQuery query, NeighbourFilter filter) {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query, query.getK());
          StoredFields stored = searcher.storedFields();
          List<Neighbour> neighbours = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of(ID, ARXIV_ID, TITLE_KEY));
            long id = Long.parseLong(doc.get(ID));
            String arxiv = doc.get(ARXIV_ID);
            if (filter.excludedIds().contains(id)
                || filter.excludedTitleKeys().contains(doc.get(TITLE_KEY))
                || (arxiv != null && filter.excludedArxivIds().contains(new ArxivId(arxiv)))) {
              continue;
            }
            // Lucene scores a dot product d as (1 + d) / 2, so that scores are never negative.
            neighbours.add(new Neighbour(id, 2.0 * hit.score - 1.0));
          }
          return neighbours;
        });
  }

  private static Query luceneFilter(NeighbourFilter filter) {
    if (filter.excludesNothing()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(
        filter.onlyIds() == null
            ? new MatchAllDocsQuery()
            : new TermInSetQuery(ID, terms(filter.onlyIds())),
        BooleanClause.Occur.FILTER);
    if (!filter.excludedIds().isEmpty()) {
      query.add(new TermInSetQuery(ID, terms(filter.excludedIds())), BooleanClause.Occur.MUST_NOT);
    }
    if (!filter.excludedArxivIds().isEmpty()) {
      query.add(
          new TermInSetQuery(
              ARXIV_ID,
              filter.excludedArxivIds().stream().map(id -> new BytesRef(id.value())).toList()),
          BooleanClause.Occur.MUST_NOT);
    }
    if (!filter.excludedTitleKeys().isEmpty()) {
      query.add(
          new TermInSetQuery(
              TITLE_KEY, filter.excludedTitleKeys().stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.MUST_NOT);
    }
    return query.build();
  }

  private static List<BytesRef> terms(Collection<Long> ids) {
    return ids.stream().map(id -> new BytesRef(Long.toString(id))).toList();
  }

  private static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
    int local = doc - leaf.docBase;
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    if (iterator.advance(local) != local) {
      throw new IllegalStateException("paper document " + doc + " has no vector");
    }
    // The reader reuses its buffer: copy.
    return values.vectorValue(iterator.index()).clone();
  }

  private static Term idTerm(long paperId) {
    return new Term(ID, Long.toString(paperId));
  }

  /** Work on a searcher over the latest committed view of the index. */
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the vector index failed", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the vector index failed", e);
    }
  }
}
