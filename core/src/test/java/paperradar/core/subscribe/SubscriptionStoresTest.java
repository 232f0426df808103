package paperradar.core.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.TestDatabase;
import paperradar.core.store.TestDatabase.Kind;

/** Topics, their matches and channel settings, on H2 and on PostgreSQL. */
class SubscriptionStoresTest {

  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static final ChannelRef SLACK = ChannelRef.slack("T1", "C1");
  private static final ChannelRef DISCORD = ChannelRef.discord("G1", "C1");

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void topicsArePerPlatformWorkspaceAndChannelWithWhoAndWhen(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      TopicStore topics = new JdbcTopicStore(db.database().dataSource());

      Topic topic = topics.subscribe(SLACK, "  diffusion  ", "U42", NOW);
      topics.subscribe(DISCORD, "diffusion", "U7", NOW);

      assertThat(topic.query()).isEqualTo("diffusion");
      assertThat(topics.topics(SLACK))
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.createdBy()).isEqualTo("U42");
                assertThat(t.createdAt()).isEqualTo(NOW);
                assertThat(t.channel()).isEqualTo(SLACK);
              });
      assertThat(topics.allTopics()).hasSize(2);
      assertThatThrownBy(() -> topics.subscribe(SLACK, "diffusion", "U1", NOW))
          .isInstanceOf(TopicRefusedException.class)
          .hasMessage("this channel already follows \"diffusion\"");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void matchesAreRecordedOnceAndCountedPerTopic(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      TopicStore topics = new JdbcTopicStore(db.database().dataSource());
      long paper = insertPaper(db);
      Topic diffusion = topics.subscribe(SLACK, "diffusion", "U1", NOW);
      Topic video = topics.subscribe(SLACK, "video", "U1", NOW);

      assertThat(topics.recordMatches(Map.of(paper, Set.of(diffusion.id())), NOW)).isEqualTo(1);
      assertThat(topics.recordMatches(Map.of(paper, Set.of(diffusion.id())), NOW.plusSeconds(60)))
          .isZero();
      topics.unsubscribe(SLACK, "video");
      assertThat(topics.recordMatches(Map.of(paper, Set.of(video.id())), NOW)).isZero();

      assertThat(topics.matchCounts(SLACK, NOW.minusSeconds(1)))
          .isEqualTo(Map.of(diffusion.id(), 1));
      assertThat(topics.matchCounts(SLACK, NOW.plusSeconds(1)))
          .isEqualTo(Map.of(diffusion.id(), 0));
      assertThat(topics.matchesSince(SLACK, NOW.minusSeconds(1)))
          .singleElement()
          .isEqualTo(new TopicMatch(diffusion.id(), paper, NOW));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void channelSettingsDefaultUntilSetAndThenPersist(Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      ChannelSettings defaults =
          ChannelSettings.defaults(ChannelRef.console("x"), ZoneId.of("Asia/Tokyo"));
      ChannelStore channels =
          new JdbcChannelStore(
              db.database().dataSource(), defaults, Clock.fixed(NOW, ZoneOffset.UTC));

      assertThat(channels.settings(SLACK).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
      assertThat(channels.stored(SLACK)).isEmpty();

      channels.update(
          SLACK, s -> s.at(LocalTime.of(7, 15), ZoneId.of("Europe/Berlin")).weekdaysOnly(false));
      channels.update(SLACK, s -> s.active(false, "channel_not_found"));

      ChannelSettings stored = channels.stored(SLACK).orElseThrow();
      assertThat(stored.time()).isEqualTo(LocalTime.of(7, 15));
      assertThat(stored.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
      assertThat(stored.weekdaysOnly()).isFalse();
      assertThat(stored.wantsDigests()).isFalse();
      assertThat(stored.inactiveReason()).isEqualTo("channel_not_found");
      assertThat(channels.all()).extracting(ChannelSettings::channel).containsExactly(SLACK);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aStoredTopicOfAnUnknownPlatformIsAnErrorNamingTheTableAndTheValue(Kind kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      try (var connection = db.database().dataSource().getConnection();
          var statement = connection.createStatement()) {
        statement.execute(
            "INSERT INTO topics (platform, workspace, channel, query, created_by, created_at)"
                + " VALUES ('matrix', 'W1', 'C9', 'diffusion', 'U1', CURRENT_TIMESTAMP)");
      }
      TopicStore topics = new JdbcTopicStore(db.database().dataSource());

      assertThatThrownBy(topics::allTopics)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "topics: a row of channel C9 has unknown platform \"matrix\""
                  + " (known: slack, discord, console, webhook)");
    }
  }

  private static long insertPaper(TestDatabase db) throws Exception {
    try (var connection = db.database().dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO papers (title_key, title_hash, title, authors_json, abstract,"
              + " abstract_complete, sources, first_seen, updated_at) VALUES ('t', 0, 'T', '[]', '', TRUE, 'feed', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      try (var rows = statement.executeQuery("SELECT MAX(id) FROM papers")) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
