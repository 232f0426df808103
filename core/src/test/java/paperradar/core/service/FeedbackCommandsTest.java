package paperradar.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.command.CommandContext;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.store.TestDatabase;

/** /papers like, dislike and likes, end to end on the real store and index (H2). */
class FeedbackCommandsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ChannelRef LAB = new ChannelRef(Platform.SLACK, "T1", "C-lab");
  private static final ChannelRef OTHER = new ChannelRef(Platform.SLACK, "T1", "C-other");

  @TempDir Path temp;
  private RadarFixture radar;

  @BeforeEach
  void setUp() throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
    radar.ingest(
        "arxiv.xml",
        PapersCommandServiceTestFeeds.atom(
            TODAY.minusDays(1),
            "2611.00001",
            "Diffusion Models for Sheep",
            "We generate sheep with diffusion.",
            "Ada Lovelace",
            "2611.00002",
            "Video Diffusion at Scale",
            "Diffusion, but for video.",
            "Grace Hopper",
            "2611.00003",
            "Pointer Networks Revisited",
            "Pointers point.",
            "Alan Turing"),
        TODAY);
  }

  @AfterEach
  void tearDown() {
    radar.close();
  }

  /** Anyone: a member without permission to change the channel. */
  private Reply ask(ChannelRef channel, String user, String line) {
    return radar.lines.handle(new CommandContext(channel, user, false), line);
  }

  @Test
  void likeByArxivIdIsNotedPrivatelyAndLikingAgainTakesItBack() {
    Reply noted = ask(LAB, "U1", "/papers like 2611.00001");

    assertThat(noted.ok()).isTrue();
    assertThat(noted.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(noted.plainText()).isEqualTo("👍 noted for “Diffusion Models for Sheep”");
    assertThat(radar.radar.feedback().liked(LAB)).hasSize(1);
    assertThat(radar.radar.feedback().feedback(LAB).getFirst().givenBy()).isEqualTo("U1");

    Reply takenBack = ask(LAB, "U2", "like 2611.00001");

    assertThat(takenBack.plainText()).isEqualTo("👍 taken back for “Diffusion Models for Sheep”");
    assertThat(radar.radar.feedback().liked(LAB)).isEmpty();
  }

  @Test
  void dislikeByExactTitleReplacesALike() {
    ask(LAB, "U1", "like Pointer Networks Revisited");

    Reply replaced = ask(LAB, "U1", "dislike pointer networks revisited");

    assertThat(replaced.plainText())
        .isEqualTo("👎 noted for “Pointer Networks Revisited” (it replaces the 👍)");
    assertThat(radar.radar.feedback().liked(LAB)).isEmpty();
    assertThat(radar.radar.feedback().disliked(LAB)).hasSize(1);
    assertThat(radar.radar.feedback().disliked(OTHER)).isEmpty();
  }

  @Test
  void aTitleThatMatchesNothingIsRefusedAndStoresNothing() {
    Reply refused = ask(LAB, "U1", "like Quantum Gravity for Goats");

    assertThat(refused.ok()).isFalse();
    assertThat(refused.plainText())
        .isEqualTo(
            "I know no paper by “Quantum Gravity for Goats”. Give its arXiv id, or find it with"
                + " /papers search.");
    assertThat(radar.radar.feedback().feedback(LAB)).isEmpty();
  }

  @Test
  void aVagueTitleOffersTheCandidatesWithTheLineThatLikesEach() {
    Reply choices = ask(LAB, "U1", "like diffusion");

    assertThat(choices.ok()).isFalse();
    assertThat(choices.plainText()).contains("did you mean:");
    assertThat(choices.cards())
        .extracting(ReplyPart.PaperCard::why)
        .contains("/papers like 2611.00001", "/papers like 2611.00002");
    assertThat(radar.radar.feedback().feedback(LAB)).isEmpty();
  }

  @Test
  void likesListsTheChannelsLikesAndDislikesNewestFirst() {
    assertThat(ask(LAB, "U1", "likes").plainText()).contains("has not liked or disliked");
    ask(LAB, "U1", "like 2611.00001");
    radar.clock.advance(java.time.Duration.ofMinutes(1));
    ask(LAB, "U1", "like 2611.00002");
    ask(LAB, "U1", "dislike 2611.00003");

    Reply likes = ask(LAB, "U1", "/papers likes");

    assertThat(likes.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(likes.parts())
        .filteredOn(ReplyPart.Heading.class::isInstance)
        .extracting(part -> ((ReplyPart.Heading) part).text())
        .containsExactly("👍 Liked here (2)", "👎 Disliked here (1)");
    assertThat(likes.cards())
        .extracting(ReplyPart.PaperCard::title)
        .containsExactly(
            "Video Diffusion at Scale", "Diffusion Models for Sheep", "Pointer Networks Revisited");
    assertThat(likes.cards())
        .extracting(ReplyPart.PaperCard::paperKey)
        .as("each listed paper has its buttons, to take it back")
        .containsExactly("2611.00002", "2611.00001", "2611.00003");
  }

  @Test
  void cardsOfAnswersCarryTheirFeedbackCommandsAndTheConsoleShowsThem() {
    Reply paper = radar.ask(LAB, "paper 2611.00003");

    assertThat(paper.cards().getFirst().paperKey()).isEqualTo("2611.00003");
    assertThat(paper.plainText())
        .contains("[👍: /papers like 2611.00003]   [👎: /papers dislike 2611.00003]");
    assertThat(radar.ask(LAB, "search diffusion").cards())
        .allSatisfy(card -> assertThat(card.paperKey()).isNotNull());
  }

  @Test
  void aButtonsStoreIdFormFindsAPaperWithoutAnArxivId() {
    long id =
        radar
            .store
            .paperByArxivId(paperradar.core.model.ArxivId.parse("2611.00002").orElseThrow())
            .orElseThrow()
            .id();

    assertThat(ask(LAB, "U1", "dislike #" + id).plainText())
        .isEqualTo("👎 noted for “Video Diffusion at Scale”");
    assertThat(ask(LAB, "U1", "dislike #999999").plainText()).startsWith("I know no paper by");
  }

  @Test
  void likeWithoutAPaperGetsItsUsage() {
    Reply refused = ask(LAB, "U1", "like");

    assertThat(refused.ok()).isFalse();
    assertThat(refused.plainText())
        .contains(
            "like which paper? give an arXiv id or a title", "/papers like <arXiv id or title>");
  }
}
