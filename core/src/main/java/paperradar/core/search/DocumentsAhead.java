package paperradar.core.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import paperradar.core.model.Paper;

/**
 * The documents of a batch of papers, built on other threads a few chunks ahead of the thread that
 * adds them to the index.
 *
 * <p>The writer is fed from one thread (one in-memory segment; see {@link PaperIndex#apply}), and
 * that thread is the catch-up's critical path. Building every document first, on this thread and
 * one other, left the other idle for as long as the writer then inverted them, and an ingest of
 * many listings ended with a backlog that ran on little more than one core. Built ahead, the
 * documents' analysis runs beside the inversion, and the adding thread only inverts. A few chunks
 * at a time bound the memory the built documents hold.
 */
final class DocumentsAhead {

  /** Papers per chunk: enough that handing a chunk over is a small part of building it. */
  static final int CHUNK = 64;

  private final List<Paper> papers;
  private final Function<Paper, Document> build;
  private final Executor builders;
  private final int inFlight;
  private final Deque<FutureTask<List<Document>>> ahead = new ArrayDeque<>();
  private int nextChunk;

  DocumentsAhead(List<Paper> papers, Function<Paper, Document> build) {
    this(papers, build, ForkJoinPool.commonPool(), ForkJoinPool.getCommonPoolParallelism() + 1);
  }

  DocumentsAhead(
      List<Paper> papers, Function<Paper, Document> build, Executor builders, int inFlight) {
    this.papers = papers;
    this.build = build;
    this.builders = builders;
    this.inFlight = Math.max(1, inFlight);
  }

  /**
   * Hands each paper's document, in the papers' order, to {@code add}. A document that failed to
   * build throws here, before any later one is handed over.
   */
  void forEach(DocumentSink add) throws IOException {
    if (papers.size() <= CHUNK) {
      for (Paper paper : papers) {
        add.accept(paper, build.apply(paper));
      }
      return;
    }
    fill();
    int from = 0;
    while (!ahead.isEmpty()) {
      List<Document> docs = join(ahead.removeFirst());
      fill();
      for (Document doc : docs) {
        add.accept(papers.get(from++), doc);
      }
    }
  }

  private void fill() {
    while (ahead.size() < inFlight && nextChunk * CHUNK < papers.size()) {
      int from = nextChunk * CHUNK;
      List<Paper> chunk = papers.subList(from, Math.min(papers.size(), from + CHUNK));
      FutureTask<List<Document>> task = new FutureTask<>(() -> buildAll(chunk));
      ahead.addLast(task);
      nextChunk++;
      try {
        builders.execute(task);
      } catch (RejectedExecutionException refused) {
        // A pool shutting down: the adding thread builds the chunk when it reaches it.
      }
    }
  }

  private List<Document> buildAll(List<Paper> chunk) {
    List<Document> docs = new ArrayList<>(chunk.size());
    for (Paper paper : chunk) {
      docs.add(build.apply(paper));
    }
    return docs;
  }

  /** The chunk's documents: built here if the pool has not started them, else awaited. */
  private static List<Document> join(FutureTask<List<Document>> chunk) throws IOException {
    chunk.run();
    return Outcomes.await(chunk, "building documents");
  }

  /** Where each built document goes, with the paper it was built of. */
  @FunctionalInterface
  interface DocumentSink {
    void accept(Paper paper, Document doc) throws IOException;
  }
}
