package paperradar.core.store;

import java.util.List;

/**
 * The store's change feed: every paper carries the number of its latest insert or change, taken
 * from one sequence in the ingest's transaction, so what is derived from the store (each process's
 * search index, the cluster's topic matching) follows it by number. A reader may move past every
 * number it has seen: numbers become visible in the order they are handed out (see {@code
 * ChangeNumbers}).
 */
public interface ChangeFeed {

  /** The name of the cursor of topic matching, which one process at a time advances. */
  String TOPIC_MATCHING = "topic-matching";

  /** The highest change number stored, 0 when there is none. */
  long lastSequence();

  /** Up to {@code max} changes numbered above {@code after}, in number order. */
  List<Change> changesAfter(long after, int max);

  /** Where the named cursor stands. */
  long cursor(String name);

  /** Work on a batch of changes inside the transaction that advances a cursor past them. */
  interface CursorWork {
    void apply(List<Change> changes, Transaction transaction);

    /**
     * Asked once the cursor is claimed: whether this batch's work needs the changed papers. When it
     * does not (topic matching with no topic registered), the cursor moves past the batch without
     * the papers being read, and {@link #apply} is not called.
     */
    default boolean needsPapers() {
      return true;
    }
  }

  /**
   * Claims the named cursor (a row lock: other processes wait), reads up to {@code max} changes
   * after it, lets {@code work} apply them on the same connection, and advances the cursor past
   * them, all in one transaction: the work's writes and the cursor's move are stored together or
   * not at all.
   *
   * @return how many changes were applied; 0 when the cursor is at the end of the feed
   */
  int advance(String name, int max, CursorWork work);
}
