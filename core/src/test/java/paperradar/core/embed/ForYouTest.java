package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ForYouTest {

  private static VectorIndex index;

  /** Ids of the six-topic corpus: 1..6 diffusion, 7..12 graph networks, …, 31..36 retrieval. */
  private static final List<Long> DIFFUSION = List.of(1L, 2L, 3L, 4L, 5L, 6L);

  private static final List<Long> PROTEIN = List.of(19L, 20L, 21L, 22L, 23L, 24L);

  @BeforeAll
  static void embedTheCorpus() {
    Embedder model = RealModel.get();
    index = VectorIndex.inMemory(model.dimension());
    new BackgroundEmbedder(model, index).embedNow(SixTopicCorpus.papers());
  }

  private static long countIn(List<Neighbour> picks, List<Long> group) {
    return picks.stream().filter(n -> group.contains(n.paperId())).count();
  }

  @Test
  void fewerThanThreeLikesGiveNoSection() {
    ForYou forYou = new ForYou(index);
    assertThat(forYou.recommend(List.of(1L, 2L), List.of(), Set.of(), null)).isEmpty();
    assertThat(forYou.recommend(List.of(1L, 2L, 3L), List.of(), Set.of(), null))
        .hasSize(ForYou.SIZE);
  }

  @Test
  void likesPullTheSectionTowardTheirTopicAndNothingLikedOrShownComesBack() {
    ForYou forYou = new ForYou(index);

    List<Neighbour> picks = forYou.recommend(List.of(1L, 2L, 3L), List.of(), Set.of(4L), null);

    System.out.println("for you after 3 diffusion likes: " + picks);
    assertThat(picks).extracting(Neighbour::paperId).doesNotContain(1L, 2L, 3L, 4L);
    // The two diffusion papers neither liked nor shown come first.
    assertThat(picks.subList(0, 2))
        .extracting(Neighbour::paperId)
        .containsExactlyInAnyOrder(5L, 6L);
  }

  @Test
  void theSectionChangesAfterLikesAndDislikes() {
    ForYou forYou = new ForYou(index);
    List<Long> liked = List.of(1L, 2L, 19L, 20L);

    List<Neighbour> mixed = forYou.recommend(liked, List.of(), Set.of(), null);
    List<Neighbour> moreProtein =
        forYou.recommend(List.of(1L, 2L, 19L, 20L, 21L, 22L), List.of(), Set.of(), null);
    List<Neighbour> proteinDisliked =
        forYou.recommend(liked, List.of(21L, 22L, 23L), Set.of(), null);
    System.out.println("for you, 2 diffusion + 2 protein likes:    " + mixed);
    System.out.println("  then 2 more protein likes:               " + moreProtein);
    System.out.println("  or 3 protein dislikes instead:           " + proteinDisliked);

    assertThat(moreProtein).isNotEqualTo(mixed);
    assertThat(PROTEIN).contains(moreProtein.getFirst().paperId());
    assertThat(countIn(proteinDisliked, PROTEIN)).isLessThan(countIn(mixed, PROTEIN));
    assertThat(countIn(proteinDisliked, DIFFUSION)).isGreaterThan(countIn(mixed, DIFFUSION));
  }

  @Test
  void onlyCandidatesAreConsideredWhenGiven() {
    List<Neighbour> picks =
        new ForYou(index).recommend(List.of(1L, 2L, 3L), List.of(), Set.of(), Set.of(30L, 31L));
    assertThat(picks).extracting(Neighbour::paperId).containsExactlyInAnyOrder(30L, 31L);
  }

  @Test
  void theCentroidIsTheNormalisedMeanOfLikesMinusHalfTheMeanOfDislikes() {
    float[] x = {1, 0, 0};
    float[] y = {0, 1, 0};
    float[] z = {0, 0, 1};
    float[] centroid = ForYou.centroid(List.of(x, x, y), List.of(z)).orElseThrow();
    // mean(liked) = (2/3, 1/3, 0); minus 0.5·(0, 0, 1) = (2/3, 1/3, -1/2), normalised.
    double norm = Math.sqrt(4.0 / 9 + 1.0 / 9 + 1.0 / 4);
    assertThat(centroid[0]).isCloseTo((float) (2.0 / 3 / norm), within(1e-6f));
    assertThat(centroid[2]).isCloseTo((float) (-0.5 / norm), within(1e-6f));
    assertThat(ForYou.centroid(List.of(x, y), List.of())).isEmpty();
  }
}
