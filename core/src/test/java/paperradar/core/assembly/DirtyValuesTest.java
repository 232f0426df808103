package paperradar.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.model.SignalName;
import paperradar.core.reply.Reply;
import paperradar.core.store.TestDatabase;
import paperradar.core.subscribe.Topic;

/**
 * Each dirty value the hardening issue found, through the whole core (parser, store, commands) on
 * H2 and on PostgreSQL: impossible dates become unknown, impossible signals are dropped, control
 * characters are removed.
 */
class DirtyValuesTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  private static final ChannelRef LAB = ChannelRef.console("lab");

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void impossibleDatesAndSignalsAreLeftOutAndControlCharactersRemoved(TestDatabase.Kind kind)
      throws Exception {
    String json =
        "["
            + String.join(
                ",",
                daily(
                    "2611.00001",
                    "Far \\u0000Future",
                    "+999999999-12-31T00:00:00Z",
                    "9223372036854775807",
                    "-5"),
                daily(
                    "2611.00002",
                    "Deep\\tPast\\nPaper",
                    "-999999999-01-01T00:00:00Z",
                    "3",
                    "1000000001"),
                daily("2611.00003", "Year \\u0007Zero", "0000-01-01", "7", "2"),
                daily("2611.00004", "A Fine Paper", "2026-11-20T00:00:00Z", "1000000000", "0"))
            + "]";
    String warnings;
    Map<String, Paper> byId;
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore core =
            RadarCore.builder(db.database().dataSource(), NOW).inMemoryIndex().build()) {
      warnings =
          capturingStderr(
              () ->
                  core.ingestor()
                      .ingest(
                          "dirty.json",
                          json.getBytes(StandardCharsets.UTF_8),
                          AS_OF,
                          Optional.empty()));
      byId =
          core.store().papers().stream()
              .collect(Collectors.toMap(p -> p.arxivId().value(), p -> p));
    }

    assertThat(byId).hasSize(4);
    Paper future = byId.get("2611.00001");
    assertThat(future.title()).isEqualTo("Far Future");
    assertThat(future.published()).isNull();
    assertThat(future.signals()).doesNotContainKeys(SignalName.UPVOTES, SignalName.COMMENTS);
    Paper past = byId.get("2611.00002");
    assertThat(past.title()).isEqualTo("Deep Past Paper");
    assertThat(past.published()).isNull();
    assertThat(past.signals())
        .containsEntry(SignalName.UPVOTES, 3L)
        .doesNotContainKey(SignalName.COMMENTS);
    Paper zero = byId.get("2611.00003");
    assertThat(zero.title()).isEqualTo("Year Zero");
    assertThat(zero.published()).isNull();
    Paper fine = byId.get("2611.00004");
    assertThat(fine.published()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(fine.signals())
        .containsEntry(SignalName.UPVOTES, 1_000_000_000L)
        .containsEntry(SignalName.COMMENTS, 0L);

    assertThat(warnings)
        .contains("dirty.json:", "entry 1 (\"Far Future\"): date +999999999-12-31 is outside")
        .contains("upvotes 9223372036854775807 is outside 0 … 1000000000; dropped")
        .contains("comments -5 is outside")
        .contains("entry 2 (\"Deep Past Paper\"): date -999999999-01-01")
        .contains("comments 1000000001 is outside")
        .contains("entry 3 (\"Year Zero\"): date 0000-01-01")
        .doesNotContain("entry 4");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aTopicWithNulAndControlCharactersIsStoredClean(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore core =
            RadarCore.builder(db.database().dataSource(), NOW).inMemoryIndex().build()) {
      CommandContext asker = new CommandContext(LAB, "U1", true);
      Reply reply =
          core.commands().handle(asker, new Command.Subscribe("llama\0s\u0007 and\tdiffusion"));

      assertThat(reply.ok()).as(reply.plainText()).isTrue();
      assertThat(reply.plainText()).doesNotContain("\0", "\u0007", "\t");
      List<Topic> topics = core.topics().topics(LAB);
      assertThat(topics).extracting(Topic::query).containsExactly("llamas and diffusion");
    }
  }

  private static String daily(
      String id, String title, String publishedAt, String upvotes, String comments) {
    return "{\"paper\":{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"summary\":\"About it.\","
        + "\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\""
        + publishedAt
        + "\",\"upvotes\":"
        + upvotes
        + "},\"numComments\":"
        + comments
        + "}";
  }

  private interface Action {
    void run() throws Exception;
  }

  private static synchronized String capturingStderr(Action action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
