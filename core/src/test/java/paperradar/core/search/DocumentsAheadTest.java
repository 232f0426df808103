package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.Paper;

class DocumentsAheadTest {

  private static final List<Paper> PAPERS =
      new CorpusGenerator(7).papers(3 * DocumentsAhead.CHUNK + 5);

  /** Each chunk on a thread of its own, so chunks finish in any order. */
  private static final Executor THREAD_EACH = task -> new Thread(task).start();

  private static final Function<Paper, Document> ID_ONLY =
      paper -> {
        Document doc = new Document();
        doc.add(new StoredField(PaperFields.ID, paper.id()));
        return doc;
      };

  /** Builds the paper's document, noting the thread that built it. */
  private static Function<Paper, Document> recordingThreadInto(Set<Thread> builders) {
    return paper -> {
      builders.add(Thread.currentThread());
      return ID_ONLY.apply(paper);
    };
  }

  @Test
  void handsEveryDocumentOverInThePapersOrderWhateverOrderTheChunksFinishIn() throws Exception {
    List<Long> handed = new ArrayList<>();
    new DocumentsAhead(PAPERS, ID_ONLY, THREAD_EACH, 4)
        .forEach(
            (paper, doc) -> {
              assertThat(doc.getField(PaperFields.ID).numericValue()).isEqualTo(paper.id());
              handed.add(paper.id());
            });

    assertThat(handed).containsExactlyElementsOf(PAPERS.stream().map(Paper::id).toList());
  }

  @Test
  void withAPoolThatKeepsUpTheAddingThreadOnlyAdds() throws Exception {
    Set<Thread> builders = ConcurrentHashMap.newKeySet();
    // Each chunk is built on a thread of its own, done before the adding thread can reach it.
    Executor doneAtOnce =
        task -> {
          Thread builder = new Thread(task);
          builder.start();
          try {
            builder.join();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        };

    new DocumentsAhead(PAPERS, recordingThreadInto(builders), doneAtOnce, 2)
        .forEach((paper, doc) -> {});

    assertThat(builders).isNotEmpty().doesNotContain(Thread.currentThread());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"busy with other work", "refusing the tasks"})
  void aPoolThatNeverRunsTheChunksDoesNotStallTheAddingThread(String pool) throws Exception {
    Set<Thread> builders = ConcurrentHashMap.newKeySet();
    Executor neverRuns =
        pool.startsWith("busy")
            ? task -> {}
            : task -> {
              throw new RejectedExecutionException("shut down");
            };
    List<Long> handed = new ArrayList<>();

    new DocumentsAhead(PAPERS, recordingThreadInto(builders), neverRuns, 2)
        .forEach((paper, doc) -> handed.add(paper.id()));

    assertThat(builders).containsExactly(Thread.currentThread());
    assertThat(handed).containsExactlyElementsOf(PAPERS.stream().map(Paper::id).toList());
  }

  @Test
  void aBatchOfOneChunkOrLessIsBuiltOnTheCallingThread() throws Exception {
    Set<Thread> builders = ConcurrentHashMap.newKeySet();
    List<Paper> few = PAPERS.subList(0, DocumentsAhead.CHUNK);
    List<Long> handed = new ArrayList<>();

    new DocumentsAhead(few, recordingThreadInto(builders), THREAD_EACH, 2)
        .forEach((paper, doc) -> handed.add(paper.id()));

    assertThat(builders).containsExactly(Thread.currentThread());
    assertThat(handed).hasSize(few.size());
  }

  @Test
  void keepsAtMostTheChunksInFlightAheadOfTheOneBeingAdded() throws Exception {
    AtomicInteger submitted = new AtomicInteger();
    Executor counting =
        task -> {
          submitted.incrementAndGet();
          task.run();
        };
    List<Integer> submittedAtEachChunkStart = new ArrayList<>();
    AtomicInteger index = new AtomicInteger();

    new DocumentsAhead(PAPERS, ID_ONLY, counting, 2)
        .forEach(
            (paper, doc) -> {
              if (index.getAndIncrement() % DocumentsAhead.CHUNK == 0) {
                submittedAtEachChunkStart.add(submitted.get());
              }
            });

    // The chunk being added plus two ahead, until the last chunk (of 5 papers) is submitted.
    assertThat(submittedAtEachChunkStart).containsExactly(3, 4, 4, 4);
  }

  @Test
  void aDocumentThatFailsToBuildThrowsItsOwnErrorBeforeAnyLaterDocumentIsAdded() {
    Paper broken = PAPERS.get(DocumentsAhead.CHUNK + 3);
    IllegalArgumentException failure = new IllegalArgumentException("cannot analyse this title");
    List<Long> handed = new ArrayList<>();

    assertThatThrownBy(
            () ->
                new DocumentsAhead(
                        PAPERS,
                        paper -> {
                          if (paper == broken) {
                            throw failure;
                          }
                          return ID_ONLY.apply(paper);
                        },
                        THREAD_EACH,
                        2)
                    .forEach((paper, doc) -> handed.add(paper.id())))
        .isSameAs(failure);

    // The first chunk went in; nothing of the broken paper's chunk or after it did.
    assertThat(handed)
        .containsExactlyElementsOf(
            PAPERS.subList(0, DocumentsAhead.CHUNK).stream().map(Paper::id).toList());
  }
}
