package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.digest.DigestReplies;
import paperradar.core.model.ArxivId;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;
import paperradar.core.subscribe.ChannelFeedback;

/**
 * Embeddings wired into the core with a fast deterministic stand-in for the model: the change feed
 * feeds the embedder, {@code /papers similar} reads the vectors, semantic topics are stored and
 * listed with their kind, and the digest's "For you" section follows a channel's likes and
 * dislikes.
 */
class EmbeddingsInTheCoreTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ChannelRef LAB = new ChannelRef(Platform.SLACK, "T1", "C-lab");

  @TempDir Path temp;

  private final InMemoryFeedback feedback = new InMemoryFeedback();
  private RadarFixture radar;

  private RadarFixture radar(boolean embeddings) {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")),
            builder ->
                embeddings
                    ? builder.embedder(new WordHashEmbedder(512)).channelFeedback(feedback)
                    : builder);
    return radar;
  }

  @AfterEach
  void tearDown() {
    if (radar != null) {
      radar.close();
    }
  }

  /** Five papers on sheep (2611.0000{1..5}) and five on rockets (2611.0001{1..5}). */
  private void ingestSheepAndRockets() throws Exception {
    List<String> fields = new ArrayList<>();
    String[] names = {"alpha", "beta", "gamma", "delta", "epsilon"};
    for (int i = 0; i < names.length; i++) {
      fields.addAll(
          List.of(
              "2611.0000" + (i + 1),
              "Sheep wool grazing " + names[i],
              "Sheep wool grazing pasture flock shepherd.",
              "Ada Lovelace"));
    }
    String[] others = {"zeta", "eta", "theta", "iota", "kappa"};
    for (int i = 0; i < others.length; i++) {
      fields.addAll(
          List.of(
              "2611.0001" + (i + 1),
              "Rocket engine thrust " + others[i],
              "Rocket engine thrust nozzle propellant orbit.",
              "Grace Hopper"));
    }
    radar.ingest(
        "arxiv.xml",
        PapersCommandServiceTestFeeds.atom(TODAY.minusDays(1), fields.toArray(String[]::new)),
        TODAY);
  }

  private long id(String arxivId) {
    return radar.store.paperByArxivId(new ArxivId(arxivId)).orElseThrow().id();
  }

  private void awaitEmbedded() throws InterruptedException {
    assertThat(radar.radar.embeddings().awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
  }

  @Test
  void similarListsTheFiveNearestWithTheirSimilarityButNotThePaperItself() throws Exception {
    radar(true);
    ingestSheepAndRockets();
    awaitEmbedded();

    Reply reply = radar.ask(LAB, "/papers similar 2611.00001");

    assertThat(reply.ok()).isTrue();
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.CHANNEL);
    assertThat(reply.plainText())
        .contains("Papers similar to \u201cSheep wool grazing alpha\u201d");
    List<ReplyPart.PaperCard> cards = reply.cards();
    assertThat(cards).hasSize(5);
    assertThat(cards.subList(0, 4))
        .extracting(ReplyPart.PaperCard::title)
        .containsExactlyInAnyOrder(
            "Sheep wool grazing beta",
            "Sheep wool grazing gamma",
            "Sheep wool grazing delta",
            "Sheep wool grazing epsilon");
    assertThat(cards)
        .extracting(ReplyPart.PaperCard::why)
        .allMatch(why -> why.matches("similarity -?\\d\\.\\d\\d"));
    assertThat(cards.get(0).why()).isNotEqualTo(cards.get(4).why());
    // By title, as /papers paper finds it.
    assertThat(radar.ask(LAB, "similar sheep WOOL grazing, alpha").cards()).hasSize(5);
  }

  @Test
  void similarSaysWhenThePaperIsUnknownNotYetEmbeddedOrEmbeddingsAreOff() throws Exception {
    radar(true);
    ingestSheepAndRockets();

    Reply notYet = radar.ask(LAB, "similar 2611.00001");
    assertThat(notYet.ok()).isFalse();
    assertThat(notYet.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(notYet.plainText())
        .isEqualTo(
            "\u201cSheep wool grazing alpha\u201d is not embedded yet: papers get their embedding in"
                + " the background within minutes of arriving. Try again shortly.");

    Reply unknown = radar.ask(LAB, "similar 2611.99999");
    assertThat(unknown.ok()).isFalse();
    assertThat(unknown.plainText()).startsWith("I know no paper by that arXiv id or title.");

    Reply missing = radar.ask(LAB, "similar");
    assertThat(missing.ok()).isFalse();
    assertThat(missing.plainText())
        .startsWith("similar to which paper? give an arXiv id or a title");
  }

  @Test
  void withoutAnEmbedderSimilarAndSemanticTopicsSayTheyAreOff() throws Exception {
    radar(false);
    ingestSheepAndRockets();

    assertThat(radar.ask(LAB, "similar 2611.00001").plainText())
        .startsWith("Similar papers need embeddings, which are off in this process");
    Reply subscribe = radar.ask(LAB, "subscribe ~\"sheep farming\"");
    assertThat(subscribe.ok()).isFalse();
    assertThat(subscribe.plainText()).startsWith("Semantic topics (~…) need embeddings");
    assertThat(radar.topics.topics(LAB)).isEmpty();
  }

  @Test
  void aSemanticTopicIsStoredWithItsKindAndMatchedOnEachNewVector() throws Exception {
    radar(true);
    radar.radar.embeddings().start();

    assertThat(radar.ask(LAB, "subscribe ~  sheep   wool grazing ").plainText())
        .startsWith("This channel now follows ~\"sheep wool grazing\", a semantic topic")
        .contains("at least 0.40");
    assertThat(radar.ask(LAB, "subscribe rocket").ok()).isTrue();
    Reply again = radar.ask(LAB, "subscribe ~\"sheep wool grazing\"");
    assertThat(again.ok()).isFalse();
    Reply empty = radar.ask(LAB, "subscribe ~\"\"");
    assertThat(empty.ok()).isFalse();
    assertThat(empty.plainText()).contains("has no words after ~");

    radar.clock.advance(Duration.ofMinutes(5));
    ingestSheepAndRockets();
    awaitEmbedded();

    String topics = radar.ask(LAB, "topics").plainText();
    assertThat(topics)
        .contains("1. ~\"sheep wool grazing\" (5 papers in the last 7 days) · semantic")
        .contains("2. rocket (5 papers in the last 7 days) · keywords");
    List<String> headings =
        radar.ask(LAB, "digest preview").parts().stream()
            .filter(ReplyPart.Heading.class::isInstance)
            .map(part -> ((ReplyPart.Heading) part).text())
            .toList();
    assertThat(headings).contains("New on ~\"sheep wool grazing\"", "New on rocket");
  }

  @Test
  void forYouFollowsTheChannelsLikesAndDislikes() throws Exception {
    radar(true);
    ingestSheepAndRockets();
    awaitEmbedded();
    // Two days on, nothing trends today: every new paper is free for "For you" (a paper in
    // "Trending today" is not repeated there).
    radar.clock.advance(Duration.ofDays(2));

    feedback.like(id("2611.00001"), id("2611.00002"));
    assertThat(forYou()).as("two likes are not enough").isEmpty();

    feedback.like(id("2611.00003"));
    assertThat(forYou())
        .containsExactlyInAnyOrder("Sheep wool grazing delta", "Sheep wool grazing epsilon");

    feedback.clear();
    feedback.like(id("2611.00011"), id("2611.00012"), id("2611.00013"));
    feedback.dislike(id("2611.00001"));
    assertThat(forYou())
        .containsExactlyInAnyOrder("Rocket engine thrust iota", "Rocket engine thrust kappa");

    // A paper the channel was shown never comes back in it.
    radar.ledger.claim(
        LAB,
        TODAY.minusDays(1),
        "earlier digest",
        List.of(id("2611.00014")),
        radar.clock.instant(),
        radar.clock.instant().plusSeconds(60));
    assertThat(forYou()).containsExactly("Rocket engine thrust kappa");
  }

  /** The titles under "For you" in the channel's digest preview. */
  private List<String> forYou() {
    List<String> titles = new ArrayList<>();
    boolean inside = false;
    for (ReplyPart part : radar.ask(LAB, "digest preview").parts()) {
      if (part instanceof ReplyPart.Heading heading) {
        inside = heading.text().equals(DigestReplies.FOR_YOU);
      } else if (inside && part instanceof ReplyPart.PaperCard card) {
        assertThat(card.why()).startsWith("close to what you liked (");
        titles.add(card.title());
      }
    }
    return titles;
  }

  /** Likes and dislikes kept in memory, as the feedback store will keep them. */
  private static final class InMemoryFeedback implements ChannelFeedback {
    private final Map<Long, Boolean> liked = new ConcurrentHashMap<>();

    void like(long... ids) {
      for (long id : ids) {
        liked.put(id, true);
      }
    }

    void dislike(long... ids) {
      for (long id : ids) {
        liked.put(id, false);
      }
    }

    void clear() {
      liked.clear();
    }

    @Override
    public List<Long> liked(ChannelRef channel) {
      return liked.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    @Override
    public List<Long> disliked(ChannelRef channel) {
      return liked.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }
  }
}
