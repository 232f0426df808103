package paperradar.core.pipeline;

import java.util.List;
import java.util.function.Supplier;
import paperradar.core.model.Paper;
import paperradar.core.search.PaperIndex;
import paperradar.core.store.Change;
import paperradar.core.store.ChangeFeed;

/**
 * Brings this process's search index up to the store's change feed: reads the changes after the
 * index's last applied number in batches (one query for a batch's papers) and applies each batch to
 * the index at once, which records the batch's last number in its next commit. Re-applying a change
 * is harmless (a paper's document is replaced), so a crash between the store's commit and the
 * index's only delays the paper until the next catch-up.
 */
public final class IndexCatchUp {

  /** Changes per index commit: large enough that committing is a small part of the cost. */
  static final int BATCH = 5_000;

  private final ChangeFeed feed;
  private final PaperIndex index;

  public IndexCatchUp(ChangeFeed feed, PaperIndex index) {
    this.feed = feed;
    this.index = index;
  }

  /** Applies every change the index lacks; returns how many were applied. */
  public synchronized long catchUp() {
    long applied = 0;
    while (true) {
      List<Change> changes = feed.changesAfter(index.appliedSequence(), BATCH);
      if (changes.isEmpty()) {
        return applied;
      }
      List<Paper> papers = changes.stream().map(Change::paper).toList();
      index.apply(papers, changes.get(changes.size() - 1).sequence());
      applied += changes.size();
    }
  }

  /**
   * How many change numbers the index is behind the store (numbers, not papers: a gap counts too).
   */
  public long lag() {
    return Math.max(0, feed.lastSequence() - index.appliedSequence());
  }

  /**
   * Rebuilds the index from every stored paper, the repair of last resort, and says how far behind
   * the index was. The feed's position is read first, so a change stored during the rebuild is
   * applied again by the next catch-up rather than lost.
   */
  public Rebuilt rebuild(Supplier<? extends Iterable<Paper>> everyPaper) {
    long last = feed.lastSequence();
    long behind = Math.max(0, last - index.appliedSequence());
    index.rebuild(everyPaper.get(), last);
    return new Rebuilt(behind, catchUp());
  }

  /**
   * What a rebuild found: how many change numbers the index was behind, and the changes during it.
   */
  public record Rebuilt(long wasBehind, long appliedAfter) {}
}
