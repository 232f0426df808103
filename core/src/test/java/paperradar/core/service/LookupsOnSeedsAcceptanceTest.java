package paperradar.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.SharedData;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.store.TestDatabase;

/**
 * The lookups of issue 18 on the five real seed listings: they say what they did. The seeds are
 * ingested once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookupsOnSeedsAcceptanceTest {

  private static final List<String> SEEDS =
      List.of(
          "000_e77648bc5867f914.txt",
          "001_c86545dfc6a4d265.txt",
          "002_9583f77ed318037f.txt",
          "003_4aa2a30aa168dd39.txt",
          "004_17e0fda867bfce20.txt");
  private static final ChannelRef LAB = ChannelRef.slack("T1", "C-lab");

  private RadarFixture radar;

  @BeforeAll
  void ingestTheSeeds(@TempDir Path temp) throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
    for (String seed : SEEDS) {
      Path path = SharedData.require("seeds/" + seed);
      radar.ingest(path.toString(), Files.readString(path), LocalDate.of(2026, 11, 22));
    }
  }

  @AfterAll
  void close() {
    radar.close();
  }

  @Test
  void aTitleThatIsNoStoredPapersGetsCandidatesSaidToBeCandidates() {
    Reply reply = radar.ask(LAB, "/papers paper attention is all you need");

    assertThat(reply.plainText())
        .startsWith("No exact match for \u201cattention is all you need\u201d; did you mean:");
    assertThat(reply.cards()).hasSizeBetween(1, 5);
    assertThat(reply.cards())
        .extracting(ReplyPart.PaperCard::title)
        .anyMatch(
            title -> title.startsWith("Attention Is All You Need But You Don't Need All Of It"));
  }

  @Test
  void subscribeCountsWhatItsSearchShows() {
    String subscribed =
        radar.ask(ChannelRef.slack("T1", "C-subscriber"), "/papers subscribe memory").plainText();
    String searched = radar.ask(LAB, "/papers search memory").plainText();

    Matcher count =
        Pattern.compile("(\\d+) stored papers already match it: /papers search memory")
            .matcher(subscribed);
    assertThat(count.find()).as(subscribed).isTrue();
    assertThat(searched).startsWith("== Papers 1–5 of " + count.group(1) + " for memory ==");
  }

  @Test
  void pageTwoIsNumberedSixToTen() {
    Reply second = radar.ask(LAB, "/papers search memory page 2");

    assertThat(second.plainText()).startsWith("== Papers 6–10 of ");
    assertThat(second.cards())
        .extracting(ReplyPart.PaperCard::number)
        .containsExactly(6, 7, 8, 9, 10);
  }

  @Test
  void aYearIsAHintNotATopic() {
    Reply reply = radar.ask(LAB, "/papers trending year");

    assertThat(reply.ok()).isFalse();
    assertThat(reply.plainText()).contains("did you mean /papers trending month?");
  }
}
