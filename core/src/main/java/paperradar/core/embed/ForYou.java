package paperradar.core.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A digest's "For you" section: the papers nearest to what a channel liked and away from what it
 * disliked, by a Rocchio centroid over their embeddings, {@code normalise(mean(liked) −
 * 0.5·mean(disliked))}, searched by vector. Only for a channel that has given at least {@value
 * #MIN_LIKES} likes: fewer say too little about its taste.
 */
public final class ForYou {

  /** The likes a channel must have given before it gets a "For you" section. */
  public static final int MIN_LIKES = 3;

  /** Papers the section lists at most. */
  public static final int SIZE = 5;

  /**
   * The weight of the disliked papers' mean, subtracted from the liked papers' (Rocchio's γ over
   * β).
   */
  public static final double DISLIKE_WEIGHT = 0.5;

  private final VectorIndex index;

  public ForYou(VectorIndex index) {
    this.index = index;
  }

  /**
   * The Rocchio centroid of liked and disliked papers' vectors, normalised; empty when there are
   * fewer than {@value #MIN_LIKES} liked vectors, or when the dislikes cancel the likes exactly.
   */
  public static Optional<float[]> centroid(
      Collection<float[]> liked, Collection<float[]> disliked) {
    if (liked.size() < MIN_LIKES) {
      return Optional.empty();
    }
    float[] toward = Vectors.mean(liked);
    float[] centroid =
        disliked.isEmpty()
            ? toward
            : Vectors.plusScaled(toward, -DISLIKE_WEIGHT, Vectors.mean(disliked));
    if (Vectors.norm(centroid) < 1e-6) {
      return Optional.empty();
    }
    return Optional.of(Vectors.normalised(centroid));
  }

  /**
   * Up to {@value #SIZE} papers for a channel, best first: never one it liked, disliked or was
   * already shown ({@code shown}), and when {@code candidates} is not null only among them (for a
   * digest, the new papers). Empty when fewer than {@value #MIN_LIKES} of its liked papers have
   * been embedded.
   */
  public List<Neighbour> recommend(
      Collection<Long> likedIds,
      Collection<Long> dislikedIds,
      Set<Long> shown,
      Set<Long> candidates) {
    return recommend(likedIds, dislikedIds, shown, candidates, SIZE);
  }

  /**
   * As {@link #recommend(Collection, Collection, Set, Set)}, up to {@code count} papers: a digest
   * reads a few more than it shows, to leave out those its ledger says were shown.
   */
  public List<Neighbour> recommend(
      Collection<Long> likedIds,
      Collection<Long> dislikedIds,
      Set<Long> shown,
      Set<Long> candidates,
      int count) {
    Optional<float[]> centroid = centroid(vectors(likedIds), vectors(dislikedIds));
    if (centroid.isEmpty()) {
      return List.of();
    }
    Set<Long> excluded = new HashSet<>(shown);
    excluded.addAll(likedIds);
    excluded.addAll(dislikedIds);
    NeighbourFilter filter = NeighbourFilter.none().excludingIds(excluded);
    if (candidates != null) {
      filter = filter.onlyAmong(candidates);
    }
    return index.nearest(centroid.get(), count, filter);
  }

  private List<float[]> vectors(Collection<Long> paperIds) {
    List<float[]> vectors = new ArrayList<>();
    for (Long id : new HashSet<>(paperIds)) {
      index.vector(id).ifPresent(vectors::add);
    }
    return vectors;
  }
}
