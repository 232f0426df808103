package paperradar.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;
import paperradar.core.subscribe.Topic;

/**
 * What a channel's digest holds for its topics: the best new papers, how many more, and what counts
 * as new.
 */
class DigestComposerTest {

  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ChannelRef LAB = ChannelRef.console("lab");

  @TempDir Path temp;
  private RadarFixture radar;

  @BeforeEach
  void open() {
    radar = new RadarFixture(TestDatabase.Kind.H2, temp, new RadarFixture.MutableClock(NOW));
    Topic memory = radar.topics.subscribe(LAB, "memory", "U1", NOW.minusSeconds(3_600));
    radar.matching.subscribed(memory);
  }

  @AfterEach
  void close() {
    radar.close();
  }

  /** One paper of an HF daily_papers JSON capture. */
  private record Daily(String arxivId, String title, LocalDate published, int upvotes) {
    String json() {
      return """
          {"paper":{"id":"%s","authors":[{"name":"Ada Lovelace"},{"name":"Grace Hopper"}],\
          "publishedAt":"%sT00:00:00.000Z","title":"%s","summary":"On memory.","upvotes":%d}}"""
          .formatted(arxivId, published, title, upvotes);
    }
  }

  private void daily(String name, Daily... papers) throws Exception {
    List<String> items = new ArrayList<>();
    for (Daily paper : papers) {
      items.add(paper.json());
    }
    radar.ingest(name, "[" + String.join(",\n", items) + "]", TODAY);
  }

  /** A Hugging Face search page: no dates, no authors, no votes. */
  private void searchPage(String... titles) throws Exception {
    StringBuilder page =
        new StringBuilder(
            "Get trending papers in your email inbox once a day!\n"
                + "Get trending papers in your email inbox!\nSubscribe");
    for (String title : titles) {
      page.append(title).append("\nA paper about memory.\n");
    }
    radar.ingest("search.txt", page.toString(), TODAY);
  }

  /** A lab's RSS feed whose items carry no date. */
  private void undatedFeed(String title, String link) throws Exception {
    radar.ingest(
        "feed.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Lab</title><link>https://lab.example.org/</link>
        <description>Papers</description>
        <item><title>%s</title><link>%s</link><description>About memory.</description></item>
        </channel></rss>
        """
            .formatted(title, link),
        TODAY);
  }

  private List<String> titlesOnMemory(Digest digest) {
    return digest.topics().stream()
        .filter(section -> section.topic().query().equals("memory"))
        .flatMap(section -> section.items().stream())
        .map(item -> item.paper().title())
        .toList();
  }

  private DigestComposer composer(int perTopic) {
    return new DigestComposer(
        radar.store, radar.topics, radar.radar.trending(), radar.ledger, radar.clock, perTopic);
  }

  private static Daily[] eightMemoryPapers() {
    Daily[] papers = new Daily[8];
    for (int i = 0; i < 8; i++) {
      papers[i] =
          new Daily(
              "2611.0100" + i,
              "Memory Paper " + (char) ('A' + i),
              TODAY.minusDays(2),
              10 * (i + 1));
    }
    return papers;
  }

  @Test
  void aTopicShowsItsBestFiveByVotesAndSaysHowManyMoreAndWhereToFindThem() throws Exception {
    daily("daily.json", eightMemoryPapers());

    Digest digest = radar.radar.digests().compose(LAB, ZoneOffset.UTC);

    assertThat(titlesOnMemory(digest))
        .containsExactly(
            "Memory Paper H",
            "Memory Paper G",
            "Memory Paper F",
            "Memory Paper E",
            "Memory Paper D");
    assertThat(digest.topics().get(0).more()).isEqualTo(3);
    Reply reply = DigestReplies.of(digest);
    assertThat(reply.parts()).contains(new ReplyPart.Text("and 3 more: /papers search memory"));
  }

  @Test
  void howManyATopicShowsIsConfigurableAndNoMoreLineWhenAllFit() throws Exception {
    daily("daily.json", eightMemoryPapers());

    Digest two = composer(2).compose(LAB, ZoneOffset.UTC);
    Digest all = composer(8).compose(LAB, ZoneOffset.UTC);

    assertThat(titlesOnMemory(two)).containsExactly("Memory Paper H", "Memory Paper G");
    assertThat(two.topics().get(0).more()).isEqualTo(6);
    assertThat(all.topics().get(0).more()).isZero();
    assertThat(DigestReplies.of(all).parts())
        .noneMatch(part -> part instanceof ReplyPart.Text text && text.text().contains("more:"));
  }

  @Test
  void papersEqualInRelevanceComeNewestFirstNeverByTitle() throws Exception {
    daily(
        "daily.json",
        new Daily("2611.02001", "A Critical Review of Memory", TODAY.minusDays(5), 0),
        new Daily("2611.02002", "Aspects of Memory", TODAY.minusDays(1), 0),
        new Daily("2611.02003", "A Survey of Memory", TODAY.minusDays(3), 0));

    Digest digest = radar.radar.digests().compose(LAB, ZoneOffset.UTC);

    assertThat(titlesOnMemory(digest))
        .containsExactly("Aspects of Memory", "A Survey of Memory", "A Critical Review of Memory");
  }

  @Test
  void aPaperPublishedInTheWindowIsNewAndAnOlderOneIsNot() throws Exception {
    daily(
        "daily.json",
        new Daily("1503.08895", "End-To-End Memory Networks", LocalDate.of(2015, 3, 31), 40),
        new Daily("2611.03001", "Memory This Week", TODAY.minusDays(6), 1),
        new Daily("2611.03002", "Memory Last Week", TODAY.minusDays(8), 90));

    assertThat(titlesOnMemory(radar.radar.digests().compose(LAB, ZoneOffset.UTC)))
        .containsExactly("Memory This Week");
  }

  @Test
  void anUndatedPaperIsNewOnlyWhenItFirstAppearedInAListingOfNewPapers() throws Exception {
    searchPage("Memory Networks Revisited", "Memory Seen First On A Search Page");
    undatedFeed(
        "Memory Seen First On A Search Page", "https://lab.example.org/papers/search-first");
    undatedFeed("Memory From The Lab Feed", "https://lab.example.org/papers/lab-memory");

    Digest digest = radar.radar.digests().compose(LAB, ZoneOffset.UTC);

    assertThat(titlesOnMemory(digest)).containsExactly("Memory From The Lab Feed");
  }

  @Test
  void eachEntryIsItsLinkedTitleFirstAuthorsDateAndWhy() throws Exception {
    daily("daily.json", new Daily("2611.04001", "Memory With An Id", TODAY.minusDays(2), 3));
    undatedFeed("Memory From The Lab Feed", "https://lab.example.org/papers/lab-memory");

    List<ReplyPart.PaperCard> cards =
        DigestReplies.of(radar.radar.digests().compose(LAB, ZoneOffset.UTC)).parts().stream()
            .filter(ReplyPart.PaperCard.class::isInstance)
            .map(ReplyPart.PaperCard.class::cast)
            .filter(card -> card.title().startsWith("Memory"))
            .distinct()
            .toList();

    assertThat(cards).extracting(ReplyPart.PaperCard::title).startsWith("Memory With An Id");
    ReplyPart.PaperCard withId = cards.get(0);
    assertThat(withId.url()).isEqualTo("https://arxiv.org/abs/2611.04001");
    assertThat(withId.authors()).isEqualTo("Ada Lovelace, Grace Hopper · 2026-11-20");
    assertThat(withId.why()).isEqualTo("3 upvotes");
    ReplyPart.PaperCard fromFeed =
        cards.stream()
            .filter(c -> c.title().equals("Memory From The Lab Feed"))
            .findFirst()
            .orElseThrow();
    assertThat(fromFeed.url()).isEqualTo("https://lab.example.org/papers/lab-memory");
    assertThat(fromFeed.authors()).isEqualTo("first seen 2026-11-22");
  }
}
