package paperradar.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.model.ChannelRef;
import paperradar.core.rank.TrendWindow;
import paperradar.core.reply.Reply;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchSort;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.store.TestDatabase;

class RadarCoreTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final ChannelRef LAB = ChannelRef.console("lab");

  @TempDir Path temp;

  @Test
  void anIngestReachesTheIndexAndTheTopicMatcherAndTheCommandsAnswerFromThem() throws Exception {
    try (TestDatabase db = TestDatabase.open(TestDatabase.Kind.H2, temp);
        RadarCore core =
            RadarCore.builder(db.database().dataSource(), NOW)
                .indexDirectory(temp.resolve("index"))
                .build()) {
      CommandContext asker = new CommandContext(LAB, "U1", true);
      assertThat(core.commands().handle(asker, new Command.Subscribe("llamas")).ok()).isTrue();

      String feed =
          PapersCommandServiceTestFeeds.atom(
              LocalDate.of(2026, 11, 21),
              "2611.00010",
              "Llamas Strike Back",
              "More llamas.",
              "Alan Turing");
      core.ingestor()
          .ingest(
              "llamas.xml",
              feed.getBytes(StandardCharsets.UTF_8),
              LocalDate.of(2026, 11, 22),
              Optional.empty());

      assertThat(
              core.index()
                  .search(new SearchRequest("llamas", 5, 0, SearchSort.RELEVANCE))
                  .totalHits())
          .as("the index heard of the ingest")
          .isEqualTo(1);
      assertThat(core.topics().matchCounts(LAB, Instant.EPOCH))
          .as("the topic matcher heard of it")
          .containsValue(1);
      Reply trending =
          core.commands().handle(asker, new Command.Trending(TrendWindow.DAY, "llamas"));
      assertThat(trending.plainText()).contains("Llamas Strike Back");
    }
  }

  @Test
  void aCoreWithoutAnIndexIsRefusedByName(@TempDir Path other) {
    try (TestDatabase db = TestDatabase.open(TestDatabase.Kind.H2, other)) {
      assertThatThrownBy(() -> RadarCore.builder(db.database().dataSource(), NOW).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs an index");
    }
  }
}
