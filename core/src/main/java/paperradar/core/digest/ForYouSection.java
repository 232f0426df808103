package paperradar.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import paperradar.core.embed.Embeddings;
import paperradar.core.embed.ForYou;
import paperradar.core.embed.Neighbour;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.ChannelFeedback;

/**
 * A digest's "For you" section: once a channel has given at least {@value ForYou#MIN_LIKES} likes,
 * up to {@value ForYou#SIZE} new papers nearest to the Rocchio centroid of what it liked and away
 * from what it disliked ({@link ForYou}), none it was shown before, none elsewhere in the same
 * digest. New is what it is for topics ({@link NewPapersRule}).
 *
 * <p>The week's new papers are read once per store version and day, not once per channel: a sweep
 * over thousands of channels reads them once.
 */
public final class ForYouSection {

  /**
   * The least cosine similarity to the channel's centroid at which a paper is recommended: below, a
   * paper is about as far as papers of unrelated fields are from each other with all-MiniLM-L6-v2
   * (0.15 on average, up to 0.39, in {@code SemanticTopicCalibrationTest}'s corpus), and filling
   * the section with it would teach the channel to skip the section.
   */
  public static final double MIN_SIMILARITY = 0.30;

  /** Nearest papers read before those already shown are left out. */
  private static final int CANDIDATES = 4 * ForYou.SIZE;

  /** No section: embeddings off, or nobody gives feedback. */
  public static final ForYouSection OFF = new ForYouSection(null);

  /** What the section reads; null for {@link #OFF}. */
  private final @Nullable Sources sources;

  private record Sources(
      ChannelFeedback feedback, Embeddings embeddings, PaperStore store, ShownPapers shown) {}

  /** How long the week's new papers are reused when this process stored nothing meanwhile. */
  private static final Duration REREAD = Duration.ofMinutes(1);

  private NewPaperIds newPapers = new NewPaperIds(LocalDate.MIN, -1, Instant.MIN, Set.of());

  /**
   * The new papers as read at {@code readAt} (a window start): another process's ingests do not
   * change this process's store version, so they are read again after {@link #REREAD} anyway.
   */
  private record NewPaperIds(LocalDate firstDay, long version, Instant readAt, Set<Long> ids) {}

  private ForYouSection(@Nullable Sources sources) {
    this.sources = sources;
  }

  /** The section over these; {@link #OFF} when embeddings are off. */
  public static ForYouSection of(
      ChannelFeedback feedback, Embeddings embeddings, PaperStore store, ShownPapers shown) {
    return embeddings.enabled()
        ? new ForYouSection(new Sources(feedback, embeddings, store, shown))
        : OFF;
  }

  /**
   * The section's papers for a channel, best first, each with its similarity; empty when the
   * channel gave fewer than {@value ForYou#MIN_LIKES} likes.
   *
   * @param since the start of the window of new papers
   * @param placed papers already in this digest, left out
   */
  List<Digest.Item> compose(
      ChannelRef channel,
      Instant since,
      ZoneId zone,
      Set<Long> placed,
      Function<Paper, Digest.Item> item) {
    Sources from = sources;
    if (from == null) {
      return List.of();
    }
    List<Long> liked = from.feedback().liked(channel);
    if (liked.size() < ForYou.MIN_LIKES) {
      return List.of();
    }
    Set<Long> candidates = new HashSet<>(newPaperIds(from.store(), since, zone));
    candidates.removeAll(placed);
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Neighbour> nearest =
        new ForYou(from.embeddings().vectors())
            .recommend(liked, from.feedback().disliked(channel), Set.of(), candidates, CANDIDATES);
    Set<Long> alreadyShown =
        from.shown().shownTo(channel, nearest.stream().map(Neighbour::paperId).toList());
    List<Neighbour> fresh =
        nearest.stream()
            .filter(neighbour -> !alreadyShown.contains(neighbour.paperId()))
            .filter(neighbour -> neighbour.similarity() >= MIN_SIMILARITY)
            .limit(ForYou.SIZE)
            .toList();
    Map<Long, Paper> papers =
        from.store().papers(fresh.stream().map(Neighbour::paperId).toList()).stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    List<Digest.Item> items = new ArrayList<>();
    for (Neighbour neighbour : fresh) {
      Paper paper = papers.get(neighbour.paperId());
      if (paper != null) {
        Digest.Item base = item.apply(paper);
        items.add(
            new Digest.Item(
                paper,
                String.format(
                    Locale.ROOT, "close to what you liked (%.2f)", neighbour.similarity()),
                base.link()));
      }
    }
    return items;
  }

  /**
   * The ids of the papers new since {@code since}, read again when the store or the day changed.
   */
  private synchronized Set<Long> newPaperIds(PaperStore store, Instant since, ZoneId zone) {
    LocalDate firstDay = LocalDate.ofInstant(since, zone);
    long version = store.version();
    if (!newPapers.firstDay().equals(firstDay)
        || newPapers.version() != version
        || newPapers.readAt().plus(REREAD).isBefore(since)
        || since.isBefore(newPapers.readAt())) {
      NewPapersRule rule = new NewPapersRule(store, since, zone);
      Set<Long> ids =
          store.papersNewSince(firstDay.minusDays(1)).stream()
              .filter(rule::isNew)
              .map(Paper::id)
              .collect(Collectors.toUnmodifiableSet());
      newPapers = new NewPaperIds(firstDay, version, since, ids);
    }
    return newPapers.ids();
  }
}
