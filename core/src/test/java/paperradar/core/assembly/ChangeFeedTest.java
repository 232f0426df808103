package paperradar.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static paperradar.core.assembly.CoreProbes.hits;
import static paperradar.core.assembly.CoreProbes.matches;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.store.Capture;
import paperradar.core.store.ChangeFeed;
import paperradar.core.store.Database;
import paperradar.core.store.PaperSighting;
import paperradar.core.store.TestDatabase;

/**
 * The store is the one truth: two cores on one database (two processes of a cluster) each keep
 * their own index in step with the store's change feed, and topic matching follows the same feed
 * once for both.
 */
class ChangeFeedTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private static final ChannelRef LAB = ChannelRef.console("lab");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void whatOneProcessIngestsTheOtherFindsAfterItsCatchUpAndTopicsMatchItOnce(
      TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore a = core(db.database(), "a");
        RadarCore b = core(db.database(), "b")) {
      a.commands().handle(new CommandContext(LAB, "U1", true), new Command.Subscribe("llamas"));
      ingest(a, "2611.00010", "Llamas Strike Back");

      assertThat(hits(a, "llamas")).as("the ingesting process's own index").isEqualTo(1);
      assertThat(hits(b, "llamas")).as("the other index before its catch-up").isZero();
      assertThat(b.indexLag()).isPositive();
      b.catchUp();
      assertThat(hits(b, "llamas")).as("the other index after its catch-up").isEqualTo(1);
      assertThat(b.indexLag()).isZero();
      assertThat(a.matchingLag()).isZero();
      assertThat(matches(a, LAB)).as("matched once, though both processes caught up").isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aChangeStoredWithoutItsProcessCatchingUpIsIndexedAndMatchedByTheNextCoreThatOpens(
      TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      try (RadarCore first = core(db.database(), "a")) {
        first
            .commands()
            .handle(new CommandContext(LAB, "U1", true), new Command.Subscribe("alpacas"));
        // As if the process died right after the store's commit: stored, neither indexed nor
        // matched.
        first
            .store()
            .ingest(
                new Capture(
                    "crash.xml",
                    "arxiv-atom",
                    List.of(
                        new PaperSighting(
                            1,
                            "Alpacas Unbound",
                            null,
                            List.of("Ada Lovelace"),
                            null,
                            null,
                            "Alpacas.",
                            true,
                            null,
                            false,
                            null,
                            Map.of(),
                            null)),
                    NOW.instant(),
                    "0".repeat(64)));
        assertThat(hits(first, "alpacas")).isZero();
        assertThat(first.indexLag()).isPositive();
        assertThat(first.matchingLag()).isPositive();
      }
      try (RadarCore restarted = core(db.database(), "a")) {
        assertThat(hits(restarted, "alpacas")).as("indexed at the restart").isEqualTo(1);
        assertThat(restarted.indexLag()).isZero();
        assertThat(restarted.matchingLag()).isZero();
        assertThat(matches(restarted, LAB)).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aSecondCoreOnAnIndexDirectoryInUseWorksOnACopyCaughtUpFromTheStore(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore running = core(db.database(), "shared")) {
      ingest(running, "2611.00011", "Vicunas in the Wild");
      try (RadarCore cli = core(db.database(), "shared")) {
        assertThat(cli.index().isPrivateCopy()).isTrue();
        assertThat(hits(cli, "vicunas")).isEqualTo(1);
        ingest(cli, "2611.00012", "Guanacos at Altitude");
        assertThat(hits(cli, "guanacos")).isEqualTo(1);
      }
      assertThat(running.index().isPrivateCopy()).isFalse();
      running.catchUp();
      assertThat(hits(running, "guanacos"))
          .as("the running process indexes what the CLI stored")
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aFollowingProcessFindsAnotherProcesssIngestWithoutBeingAsked(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        Database second = kind == TestDatabase.Kind.H2 ? null : Database.connect(db.url());
        RadarCore a = core(db.database(), "a");
        RadarCore b = core(second == null ? db.database() : second, "b")) {
      // On PostgreSQL the period is far longer than the wait: only the NOTIFY can bring the paper
      // in time.
      b.follow(kind == TestDatabase.Kind.H2 ? Duration.ofMillis(200) : Duration.ofMinutes(10));
      ingest(a, "2611.00013", "Dromedaries Considered");
      assertThat(Conditions.await(Duration.ofSeconds(5), () -> hits(b, "dromedaries") == 1))
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void reindexSaysHowFarBehindTheIndexWas(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore a = core(db.database(), "a");
        RadarCore b = core(db.database(), "b")) {
      ingest(a, "2611.00014", "Camels and Their Kin");
      ingest(a, "2611.00015", "Llamas Again");
      var rebuilt = b.indexCatchUp().rebuild(b.store()::papers);
      assertThat(rebuilt.wasBehind()).isEqualTo(a.feed().lastSequence()).isPositive();
      assertThat(b.index().appliedSequence()).isEqualTo(a.feed().lastSequence());
      assertThat(hits(b, "camels")).isEqualTo(1);
      assertThat(b.feed().cursor(ChangeFeed.TOPIC_MATCHING)).isEqualTo(a.feed().lastSequence());
    }
  }

  @org.junit.jupiter.api.Test
  void afterAnH2CrashNumbersResumeAfterTheCachedBlockAndNothingIsLost() throws Exception {
    Path data = temp.resolve("crashed");
    long lastBefore = -1;
    long idBefore = -1;
    try (Database database = Database.embedded(data);
        RadarCore core = core(database, "crashed")) {
      ingest(core, "2611.00016", "Okapis Before the Crash");
      lastBefore = core.feed().lastSequence();
      idBefore = core.store().papers().get(0).id();
      // As kill -9 leaves it: the cached blocks of the sequences are never written back.
      try (var connection = database.dataSource().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("SHUTDOWN IMMEDIATELY");
      } catch (java.sql.SQLException closedUnderUs) {
        // The database goes away under the statement that closes it.
      }
    } catch (RuntimeException closingAClosedDatabase) {
      // The core and the pool close against a database that is gone.
    }
    try (Database database = Database.embedded(data);
        RadarCore restarted = core(database, "restarted")) {
      ingest(restarted, "2611.00017", "Okapis After the Crash");
      assertThat(restarted.feed().lastSequence()).isGreaterThan(lastBefore);
      assertThat(restarted.store().papers())
          .extracting(paperradar.core.model.Paper::id)
          .doesNotHaveDuplicates()
          .contains(idBefore)
          .hasSize(2);
      assertThat(hits(restarted, "okapis")).as("both papers, indexed from the store").isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void withNoTopicTheMatchingCursorPassesChangesUnreadAndATopicMatchesWhatComesAfterIt(
      TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore core = core(db.database(), "a")) {
      ingest(core, "2611.00020", "Llamas Before Any Topic");
      assertThat(core.matchingLag()).as("passed, though nothing was matched").isZero();
      assertThat(core.feed().cursor(ChangeFeed.TOPIC_MATCHING))
          .isEqualTo(core.feed().lastSequence());

      core.commands().handle(new CommandContext(LAB, "U1", true), new Command.Subscribe("llamas"));
      ingest(core, "2611.00021", "Llamas After The Topic");

      assertThat(matches(core, LAB)).as("only the paper stored after the topic").isEqualTo(1);
      assertThat(core.matchingLag()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aCursorWorkThatNeedsNoPapersMovesTheCursorWithoutBeingApplied(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        RadarCore core = core(db.database(), "a")) {
      ingest(core, "2611.00030", "Guanacos One");
      ingest(core, "2611.00031", "Guanacos Two");
      ChangeFeed feed = core.feed();
      execute(db, "UPDATE feed_cursors SET applied = 0 WHERE name = 'topic-matching'");
      List<Long> applied = new java.util.ArrayList<>();
      ChangeFeed.CursorWork skipping =
          new ChangeFeed.CursorWork() {
            @Override
            public boolean needsPapers() {
              return false;
            }

            @Override
            public void apply(
                List<paperradar.core.store.Change> changes,
                paperradar.core.store.Transaction transaction) {
              changes.forEach(change -> applied.add(change.sequence()));
            }
          };

      assertThat(feed.advance(ChangeFeed.TOPIC_MATCHING, 1, skipping)).isEqualTo(1);
      assertThat(feed.advance(ChangeFeed.TOPIC_MATCHING, 10, skipping)).isEqualTo(1);
      assertThat(feed.advance(ChangeFeed.TOPIC_MATCHING, 10, skipping)).isZero();
      assertThat(applied).as("never applied").isEmpty();
      assertThat(feed.cursor(ChangeFeed.TOPIC_MATCHING)).isEqualTo(feed.lastSequence());
    }
  }

  private static void execute(TestDatabase db, String sql) {
    try (var connection = db.database().dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private RadarCore core(Database database, String indexName) {
    return RadarCore.builder(database.dataSource(), NOW)
        .indexDirectory(temp.resolve("index-" + indexName))
        .build();
  }

  private static void ingest(RadarCore core, String id, String title) {
    String feed =
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 21), id, title, "About " + title + ".", "Alan Turing");
    try {
      core.ingestor()
          .ingest(id + ".xml", feed.getBytes(StandardCharsets.UTF_8), DAY, Optional.empty());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
