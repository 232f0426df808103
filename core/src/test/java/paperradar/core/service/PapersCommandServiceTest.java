package paperradar.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.command.CommandContext;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.store.TestDatabase;

/** Every /papers command, end to end on the real store, index and topic matching (H2). */
class PapersCommandServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ChannelRef LAB = ChannelRef.slack("T1", "C-lab");
  private static final ChannelRef OTHER = ChannelRef.slack("T1", "C-other");

  @TempDir Path temp;
  private RadarFixture radar;

  @BeforeEach
  void setUp() throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
    String papers =
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
            "Mislav Balunović",
            "2611.00004",
            "Llamas All The Way Down",
            "Stacked llamas.",
            "Alan Turing",
            "2611.00005",
            "More Diffusion Tricks",
            "Yet more diffusion.",
            "Ada Lovelace",
            "2611.00006",
            "Diffusion Once More",
            "Diffusion again.",
            "Ada Lovelace",
            "2611.00007",
            "Diffusion, The Last One",
            "Diffusion done.",
            "Ada Lovelace",
            "2611.00008",
            "Latent Diffusion Eight",
            "Eight diffusion steps.",
            "Emmy Noether");
    radar.ingest("arxiv.xml", papers, TODAY);
  }

  @AfterEach
  void tearDown() {
    radar.close();
  }

  private Reply ask(String line) {
    return radar.ask(LAB, line);
  }

  private static String text(Reply reply) {
    return reply.plainText();
  }

  private static List<String> titles(Reply reply) {
    return reply.cards().stream().map(ReplyPart.PaperCard::title).toList();
  }

  @Test
  void trendingAnswersTheChannelWithWhy() {
    Reply reply = ask("/papers trending week");

    assertThat(reply.ok()).isTrue();
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.CHANNEL);
    assertThat(reply.cards()).hasSize(8);
    assertThat(reply.cards())
        .allSatisfy(card -> assertThat(card.why()).contains("seen in 1 source"));
    assertThat(text(reply)).startsWith("== Trending in the last 7 d ==");
  }

  @Test
  void endingWithThePrivateFlagKeepsAnAnswerToTheAsker() {
    Reply reply = ask("/papers search diffusion --private");

    assertThat(reply.ok()).isTrue();
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(text(reply)).startsWith("== Papers 1–5 of 6 for diffusion ==");
    assertThat(ask("/papers search private diffusion").visibility())
        .isEqualTo(Reply.Visibility.CHANNEL);
    assertThat(text(ask("help"))).contains("--private");
  }

  @Test
  void trendingWithATopicAndWithABadOne() {
    assertThat(titles(ask("trending week author:lovelace NOT sheep")))
        .containsExactlyInAnyOrder(
            "More Diffusion Tricks", "Diffusion Once More", "Diffusion, The Last One");

    Reply bad = ask("trending \"unclosed");
    assertThat(bad.ok()).isFalse();
    assertThat(bad.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(text(bad))
        .contains("unbalanced quotes")
        .contains("/papers trending [day|week|month]");
  }

  @Test
  void searchPagesWithButtons() {
    Reply first = ask("/papers search diffusion");
    assertThat(first.cards()).hasSize(5);
    assertThat(text(first)).startsWith("== Papers 1–5 of 6 for diffusion ==");
    assertThat(first.parts())
        .last()
        .isEqualTo(
            new ReplyPart.Buttons(
                List.of(new ReplyPart.Button("Next", "search diffusion page 2"))));

    Reply second = ask("/papers search diffusion page 2");
    assertThat(second.cards()).hasSize(1);
    assertThat(second.parts())
        .last()
        .isEqualTo(
            new ReplyPart.Buttons(
                List.of(new ReplyPart.Button("Previous", "search diffusion page 1"))));
    assertThat(titles(first)).doesNotContainAnyElementsOf(titles(second));
  }

  @Test
  void aSecondSearchPageNumbersItsPapersOnFromTheFirst() {
    Reply second = ask("/papers search diffusion page 2");

    assertThat(text(second)).startsWith("== Papers 6–6 of 6 for diffusion ==").contains("\n\n6. ");
    assertThat(second.cards()).extracting(ReplyPart.PaperCard::number).containsExactly(6);
    assertThat(ask("/papers search diffusion").cards())
        .extracting(ReplyPart.PaperCard::number)
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void subscribeCountsWhatTheSearchItPointsToShows() {
    Reply subscribed = ask("/papers subscribe diffusion");

    assertThat(text(subscribed))
        .contains("6 stored papers already match it: /papers search diffusion shows them.");
    assertThat(text(ask("/papers search diffusion")))
        .startsWith("== Papers 1–5 of 6 for diffusion ==");
  }

  @Test
  void aTitleThatIsNotExactlyAPapersGetsCandidatesNotAGuess() {
    Reply reply = ask("paper diffusion models");

    assertThat(reply.ok()).isTrue();
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(text(reply))
        .startsWith("No exact match for \u201cdiffusion models\u201d; did you mean:");
    assertThat(reply.cards()).hasSizeBetween(2, 5);
    assertThat(titles(reply)).first().isEqualTo("Diffusion Models for Sheep");
    assertThat(reply.cards())
        .allSatisfy(card -> assertThat(card.why()).startsWith("/papers paper 2611.0000"));
  }

  @Test
  void anExactTitleInOtherCaseAndPunctuationGivesTheCardItself() {
    Reply reply = ask("paper diffusion the last one");

    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.CHANNEL);
    assertThat(titles(reply)).containsExactly("Diffusion, The Last One");
    assertThat(text(reply)).doesNotContain("No exact match");
  }

  @Test
  void aWordThatLooksLikeAWindowGetsAHintInsteadOfBecomingATopic() {
    Reply year = ask("/papers trending year");

    assertThat(year.ok()).isFalse();
    assertThat(year.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(text(year))
        .startsWith("trending takes day, week or month; did you mean /papers trending month?");
    assertThat(text(ask("trending 7d diffusion")))
        .contains("did you mean /papers trending week diffusion?");
    assertThat(titles(ask("trending week \"diffusion\""))).isNotEmpty();
  }

  @Test
  void aBadSearchGetsTheReasonAndTheUsage() {
    Reply reply = ask("search venue:neurips");

    assertThat(reply.ok()).isFalse();
    assertThat(text(reply))
        .contains("unknown field \"venue:\"")
        .contains("/papers search <query> [page N]");
  }

  @Test
  void paperByIdOrTitleShowsLinksAndSources() {
    Reply byId = ask("paper arXiv:2611.00003v1");
    assertThat(byId.cards())
        .singleElement()
        .satisfies(
            card -> {
              assertThat(card.title()).isEqualTo("Pointer Networks Revisited");
              assertThat(card.url()).isEqualTo("https://arxiv.org/abs/2611.00003");
              assertThat(card.authors()).isEqualTo("Mislav Balunović");
              assertThat(card.detail()).isEqualTo("Pointers point.");
              assertThat(card.why()).contains("seen in arxiv-atom");
              assertThat(card.links())
                  .extracting(ReplyPart.Link::url)
                  .containsExactly(
                      "https://arxiv.org/abs/2611.00003",
                      "https://arxiv.org/pdf/2611.00003",
                      "https://huggingface.co/papers/2611.00003");
            });
    assertThat(titles(ask("paper llamas all the way down")))
        .containsExactly("Llamas All The Way Down");
    assertThat(ask("paper 2611.99999").ok()).isFalse();
  }

  @Test
  void subscribeThenANewListingShowsTheTopicsMatches() throws Exception {
    Reply subscribed = ask("/papers subscribe \"pointer networks\" OR llamas");
    assertThat(subscribed.ok()).isTrue();
    assertThat(subscribed.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    assertThat(text(subscribed))
        .contains("2 stored papers already match it: /papers search")
        .contains("each new paper that matches it is counted in /papers topics");
    assertThat(text(ask("topics")))
        .contains("1. \"pointer networks\" OR llamas (0 papers in the last 7 days)");

    radar.clock.advance(Duration.ofHours(1));
    radar.ingest(
        "more.xml",
        PapersCommandServiceTestFeeds.atom(
            TODAY,
            "2611.00010",
            "Llamas Strike Back",
            "More llamas.",
            "Alan Turing",
            "2611.00011",
            "Unrelated Work",
            "Nothing here.",
            "Nobody"),
        TODAY);

    assertThat(text(ask("topics")))
        .contains("1. \"pointer networks\" OR llamas (1 paper in the last 7 days)");
    assertThat(text(radar.ask(OTHER, "topics"))).contains("follows no topics yet");
  }

  @Test
  void unsubscribeByNumberOrText() {
    ask("subscribe diffusion");
    ask("subscribe llamas");

    assertThat(text(ask("unsubscribe 1"))).isEqualTo("This channel no longer follows diffusion.");
    assertThat(text(ask("unsubscribe LLAMAS"))).isEqualTo("This channel no longer follows llamas.");
    Reply missing = ask("unsubscribe 3");
    assertThat(missing.ok()).isFalse();
    assertThat(text(missing)).contains("follows no topic \"3\"");
  }

  @Test
  void topicLimitsAndBadTopicsAreRefusedClearly() {
    assertThat(ask("subscribe x".repeat(1) + "y".repeat(300)).ok()).isFalse();
    assertThat(text(ask("subscribe " + "y".repeat(301))))
        .contains("at most 300 characters; this one has 301");
    assertThat(text(ask("subscribe title:\"half"))).contains("unbalanced quotes");
    IntStream.rangeClosed(1, 25).forEach(i -> assertThat(ask("subscribe topic" + i).ok()).isTrue());
    Reply full = ask("subscribe one-too-many");
    assertThat(full.ok()).isFalse();
    assertThat(text(full)).contains("already has 25 topics");
    assertThat(text(ask("subscribe topic7"))).contains("already follows \"topic7\"");
  }

  @Test
  void changingTopicsOrDigestNeedsPermissionButReadingDoesNot() {
    CommandContext guest = new CommandContext(LAB, "U2", false);

    assertThat(radar.lines.handle(guest, "subscribe diffusion").ok()).isFalse();
    assertThat(text(radar.lines.handle(guest, "digest off")))
        .contains("needs the Manage Channels permission");
    assertThat(radar.lines.handle(guest, "topics").ok()).isTrue();
    assertThat(radar.lines.handle(guest, "search diffusion").ok()).isTrue();
  }

  @Test
  void digestSettingsAreShownAndChanged() {
    assertThat(text(ask("digest")))
        .isEqualTo(
            "The digest goes out at 08:00 Z, Monday to Friday. When there is nothing new it is skipped.");
    assertThat(text(ask("digest at 07:30 Europe/Berlin")))
        .isEqualTo(
            "Done. The digest goes out at 07:30 Europe/Berlin, Monday to Friday. When there is nothing new it is skipped.");
    assertThat(text(ask("digest daily"))).contains("07:30 Europe/Berlin, every day");
    assertThat(text(ask("digest empty say"))).contains("it says so");
    assertThat(text(ask("digest off")))
        .isEqualTo("Done. The digest is off. /papers digest on turns it on.");
    assertThat(text(ask("digest on"))).contains("07:30 Europe/Berlin, every day");
    assertThat(text(radar.ask(OTHER, "digest"))).contains("08:00 Z, Monday to Friday");
    assertThat(ask("digest at 25:00").ok()).isFalse();
  }

  @Test
  void digestPreviewGroupsTopicMatchesThenTrending() throws Exception {
    ask("subscribe llamas");
    radar.clock.advance(Duration.ofHours(1));
    radar.ingest(
        "more.xml",
        PapersCommandServiceTestFeeds.atom(
            TODAY, "2611.00010", "Llamas Strike Back", "More llamas.", "Alan Turing"),
        TODAY);

    Reply preview = ask("digest preview");

    assertThat(preview.visibility()).isEqualTo(Reply.Visibility.EPHEMERAL);
    List<String> headings =
        preview.parts().stream()
            .filter(ReplyPart.Heading.class::isInstance)
            .map(part -> ((ReplyPart.Heading) part).text())
            .collect(Collectors.toList());
    assertThat(headings)
        .containsExactly("paper-radar digest for 2026-11-22", "New on llamas", "Trending today");
    assertThat(titles(preview)).first().isEqualTo("Llamas Strike Back");
    assertThat(titles(preview)).doesNotHaveDuplicates().hasSize(6);
    assertThat(preview.cards().get(0).why()).isEqualTo("seen in 1 source");
  }

  @Test
  void helpAndUnknownSubcommands() {
    assertThat(text(ask("/papers")))
        .contains("/papers trending")
        .contains("/papers digest preview");
    assertThat(text(ask("help search"))).startsWith("/papers search <query> [page N]");
    Reply unknown = ask("/papers frobnicate");
    assertThat(unknown.ok()).isFalse();
    assertThat(text(unknown))
        .startsWith("unknown subcommand \"frobnicate\"")
        .contains("/papers subscribe <topic>");
  }
}
