package paperradar.core.embed;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /papers similar}: the papers nearest to a given one by the cosine of their embeddings,
 * each with its similarity, never the paper itself nor another version of it (the same arXiv id,
 * whatever its version suffix, or the same normalised title).
 */
public final class SimilarPapers {

  /** How many similar papers an answer lists. */
  public static final int COUNT = 5;

  private final VectorIndex index;
  private final Embedder embedder;

  public SimilarPapers(VectorIndex index, Embedder embedder) {
    this.index = index;
    this.embedder = embedder;
  }

  /** The {@value #COUNT} papers nearest to {@code paper}, best first. */
  public List<Neighbour> to(PaperText paper) {
    return to(paper, COUNT);
  }

  /**
   * The {@code count} papers nearest to {@code paper}, best first. Its stored vector is used when
   * it was made from its current text; otherwise (not embedded yet, or a fuller abstract since) it
   * is embedded now, which takes tens of milliseconds for one paper.
   */
  public List<Neighbour> to(PaperText paper, int count) {
    float[] vector =
        index
            .entry(paper.id())
            .filter(entry -> entry.textHash().equals(paper.textHash()))
            .map(VectorIndex.Entry::vector)
            .orElseGet(() -> embedder.embed(paper.text()));
    return index.nearest(vector, count, NeighbourFilter.excludingVersionsOf(paper));
  }

  /**
   * The {@value #COUNT} papers nearest to the paper with this store id, from its stored vector and
   * the arXiv id and title stored with it; empty when it has not been embedded.
   */
  public Optional<List<Neighbour>> toEmbedded(long paperId) {
    return index
        .entry(paperId)
        .map(
            entry ->
                index.nearest(
                    entry.vector(),
                    COUNT,
                    new NeighbourFilter(
                        Set.of(paperId),
                        entry.arxivId() == null ? Set.of() : Set.of(entry.arxivId()),
                        entry.titleKey().isEmpty() ? Set.of() : Set.of(entry.titleKey()),
                        null)));
  }
}
