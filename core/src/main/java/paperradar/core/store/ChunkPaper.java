package paperradar.core.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paper as one chunk of an ingest sees it: a row loaded from the store (with its id), or one the
 * chunk creates (its id comes when the chunk's rows are inserted). Its fields change as the chunk's
 * sightings merge into it; they are kept as they would read back from the row.
 */
final class ChunkPaper {

  /** Orders papers as {@code ORDER BY id} would once the new ones are inserted. */
  static final java.util.Comparator<ChunkPaper> OLDEST_FIRST =
      java.util.Comparator.comparingLong((ChunkPaper paper) -> paper.order);

  private long id;
  private final long order;
  private final String titleKey;
  private final boolean stored;
  private BestKnownFields fields;

  /** The keys of {@link OtherIds} the row had when loaded: the store finds it by these already. */
  private final List<String> storedOtherIds;

  private @Nullable DerivedColumns derived;

  private ChunkPaper(long id, long order, String titleKey, boolean stored, BestKnownFields fields) {
    this.id = id;
    this.order = order;
    this.titleKey = titleKey;
    this.stored = stored;
    this.fields = fields;
    this.storedOtherIds = stored ? OtherIds.keys(fields) : List.of();
  }

  /** A row of the store. */
  static ChunkPaper loaded(long id, String titleKey, BestKnownFields fields) {
    return new ChunkPaper(id, id, titleKey, true, fields);
  }

  /**
   * A paper the chunk creates, the {@code nth} of the chunk: the database gives ids in insertion
   * order, after every stored one.
   */
  static ChunkPaper created(int nth, String titleKey, BestKnownFields fields) {
    return new ChunkPaper(0, Long.MAX_VALUE / 2 + nth, titleKey, false, fields);
  }

  long id() {
    if (id == 0) {
      throw new IllegalStateException("the paper is not inserted yet");
    }
    return id;
  }

  void inserted(long generatedId) {
    this.id = generatedId;
  }

  String titleKey() {
    return titleKey;
  }

  /** Whether the row existed before the chunk. */
  boolean stored() {
    return stored;
  }

  /** Whether the store finds this paper by the {@link OtherIds} key already. */
  boolean hadOtherId(String key) {
    return storedOtherIds.contains(key);
  }

  BestKnownFields fields() {
    return fields;
  }

  void fields(BestKnownFields merged) {
    this.fields = merged;
  }

  /** The derived columns, once the chunk has folded its sightings; see {@link #derive}. */
  DerivedColumns derived() {
    if (derived == null) {
      throw new IllegalStateException("the paper's sightings are not folded yet");
    }
    return derived;
  }

  void derive(DerivedColumns folded) {
    this.derived = folded;
  }
}
