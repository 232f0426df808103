package paperradar.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * The real all-MiniLM-L6-v2 in the assembled core: papers ingested as an arXiv feed are embedded
 * from the change feed, {@code /papers similar} finds the papers of the same field, and a semantic
 * topic matches a paraphrase that no keyword of it matches.
 */
class SemanticQualityInTheCoreTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ChannelRef LAB = new ChannelRef(Platform.SLACK, "T1", "C-lab");

  @TempDir Path temp;

  private RadarFixture radar;

  private void start() {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")),
            builder -> builder.embedder(RealModel.get()));
    radar.radar.embeddings().start();
  }

  @AfterEach
  void tearDown() {
    if (radar != null) {
      radar.close();
    }
  }

  @Test
  void similarFindsThePapersOfTheSameField() throws Exception {
    start();
    List<String> fields = new ArrayList<>();
    Map<String, String> groupByTitle = new HashMap<>();
    for (SixTopicCorpus.Entry entry : SixTopicCorpus.entries()) {
      PaperText paper = entry.paper();
      fields.addAll(
          List.of(paper.arxivId().value(), paper.title(), paper.abstractText(), "Ada Lovelace"));
      groupByTitle.put(paper.title(), entry.group());
    }
    radar.ingest(
        "six-fields.xml",
        PapersCommandServiceTestFeeds.atom(TODAY.minusDays(1), fields.toArray(String[]::new)),
        TODAY);
    assertThat(radar.radar.embeddings().awaitCaughtUp(Duration.ofMinutes(3))).isTrue();

    int relevant = 0;
    int returned = 0;
    for (SixTopicCorpus.Entry entry : SixTopicCorpus.entries()) {
      Reply reply = radar.ask(LAB, "similar " + entry.paper().arxivId().value());
      assertThat(reply.ok()).as(reply.plainText()).isTrue();
      List<ReplyPart.PaperCard> cards = reply.cards();
      assertThat(cards).hasSize(5);
      assertThat(cards)
          .extracting(ReplyPart.PaperCard::title)
          .doesNotContain(entry.paper().title());
      for (ReplyPart.PaperCard card : cards) {
        assertThat(card.why()).matches("similarity 0\\.\\d\\d");
        returned++;
        if (entry.group().equals(groupByTitle.get(card.title()))) {
          relevant++;
        }
      }
    }
    double precision = (double) relevant / returned;
    System.out.printf(
        "/papers similar through the core: precision@5 = %.3f (%d of %d neighbours share the"
            + " paper's field, %d papers in 6 fields)%n",
        precision, relevant, returned, SixTopicCorpus.entries().size());
    assertThat(precision).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void aSemanticTopicMatchesAParaphraseThatNoKeywordOfItMatches() throws Exception {
    start();
    SemanticTopicCorpus.Case attention = SemanticTopicCorpus.CASES.getFirst();
    assertThat(attention.topic()).isEqualTo("efficient long-context attention");
    assertThat(radar.ask(LAB, "subscribe ~\"efficient long-context attention\"").ok()).isTrue();

    String paraphrase = attention.paraphrases().getFirst();
    String unrelated = SemanticTopicCorpus.CASES.get(1).paraphrases().getFirst();
    radar.clock.advance(Duration.ofMinutes(1));
    radar.ingest(
        "new.xml",
        PapersCommandServiceTestFeeds.atom(
            TODAY,
            "2611.00001",
            title(paraphrase),
            body(paraphrase),
            "Ada Lovelace",
            "2611.00002",
            title(attention.nearMiss()),
            body(attention.nearMiss()),
            "Grace Hopper",
            "2611.00003",
            title(unrelated),
            body(unrelated),
            "Alan Turing"),
        TODAY);
    assertThat(radar.radar.embeddings().awaitCaughtUp(Duration.ofMinutes(2))).isTrue();

    // No keyword of the topic is in the paraphrase: a keyword topic would not match it.
    assertThat(radar.ask(LAB, "search efficient OR long OR context OR attention").cards())
        .extracting(ReplyPart.PaperCard::title)
        .doesNotContain(title(paraphrase));
    assertThat(radar.ask(LAB, "topics").plainText())
        .contains(
            "1. ~\"efficient long-context attention\" (1 paper in the last 7 days) · semantic");
    Reply preview = radar.ask(LAB, "digest preview");
    List<String> underTopic = new ArrayList<>();
    boolean inside = false;
    for (ReplyPart part : preview.parts()) {
      if (part instanceof ReplyPart.Heading heading) {
        inside = heading.text().equals("New on ~\"efficient long-context attention\"");
      } else if (inside && part instanceof ReplyPart.PaperCard card) {
        underTopic.add(card.title());
      }
    }
    assertThat(underTopic).containsExactly(title(paraphrase));
  }

  private static String title(String paper) {
    return paper.substring(0, paper.indexOf(". "));
  }

  private static String body(String paper) {
    return paper.substring(paper.indexOf(". ") + 2);
  }
}
