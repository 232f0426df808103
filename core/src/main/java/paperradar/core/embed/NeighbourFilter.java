package paperradar.core.embed;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import paperradar.core.model.ArxivId;

/**
 * Which papers a vector search may return: none of the excluded ones (by id, by arXiv id, by
 * normalised title), and, when {@code onlyIds} is given, only those (for example a digest's new
 * papers).
 *
 * @param excludedIds store ids never returned (the paper itself, papers already shown)
 * @param excludedArxivIds arXiv ids never returned (another version of the same paper)
 * @param excludedTitleKeys normalised titles ({@code TitleKey}) never returned
 * @param onlyIds when not null, the only store ids that may be returned
 */
public record NeighbourFilter(
    Set<Long> excludedIds,
    Set<ArxivId> excludedArxivIds,
    Set<String> excludedTitleKeys,
    Set<Long> onlyIds) {

  public NeighbourFilter {
    excludedIds = Set.copyOf(excludedIds);
    excludedArxivIds = Set.copyOf(excludedArxivIds);
    excludedTitleKeys = Set.copyOf(excludedTitleKeys);
    onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
  }

  /** Every paper may be returned. */
  public static NeighbourFilter none() {
    return new NeighbourFilter(Set.of(), Set.of(), Set.of(), null);
  }

  /**
   * The paper itself and its other versions: the same id, the same arXiv id, or the same normalised
   * title.
   */
  public static NeighbourFilter excludingVersionsOf(PaperText paper) {
    return new NeighbourFilter(
        Set.of(paper.id()),
        paper.arxivId() == null ? Set.of() : Set.of(paper.arxivId()),
        paper.titleKey().isEmpty() ? Set.of() : Set.of(paper.titleKey()),
        null);
  }

  /** This filter, and also none of {@code ids}. */
  public NeighbourFilter excludingIds(Set<Long> ids) {
    Set<Long> all = new HashSet<>(excludedIds);
    all.addAll(ids);
    return new NeighbourFilter(all, excludedArxivIds, excludedTitleKeys, onlyIds);
  }

  /** This filter, and only papers among {@code ids}. */
  public NeighbourFilter onlyAmong(Set<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    Set<Long> narrowed = new HashSet<>(ids);
    if (onlyIds != null) {
      narrowed.retainAll(onlyIds);
    }
    return new NeighbourFilter(excludedIds, excludedArxivIds, excludedTitleKeys, narrowed);
  }

  /** How many ids, arXiv ids and titles are excluded. */
  int exclusions() {
    return excludedIds.size() + excludedArxivIds.size() + excludedTitleKeys.size();
  }

  boolean excludesNothing() {
    return excludedIds.isEmpty()
        && excludedArxivIds.isEmpty()
        && excludedTitleKeys.isEmpty()
        && onlyIds == null;
  }
}
