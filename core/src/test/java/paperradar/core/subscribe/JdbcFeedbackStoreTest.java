package paperradar.core.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.store.TestDatabase;
import paperradar.core.store.TestDatabase.Kind;
import paperradar.core.subscribe.FeedbackStore.Feedback;
import paperradar.core.subscribe.FeedbackStore.Outcome;
import paperradar.core.subscribe.FeedbackStore.Verdict;

/** Likes and dislikes per channel, on H2 and on PostgreSQL. */
class JdbcFeedbackStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static final ChannelRef LAB = new ChannelRef(Platform.SLACK, "T1", "C1");
  private static final ChannelRef OTHER = new ChannelRef(Platform.DISCORD, "G1", "C1");

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aLikePressedAgainIsTakenBack(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      FeedbackStore feedback = new JdbcFeedbackStore(db.database().dataSource());
      long paper = insertPaper(db, "A");

      assertThat(feedback.toggle(LAB, paper, Verdict.LIKE, "U1", NOW)).isEqualTo(Outcome.GIVEN);
      assertThat(feedback.feedback(LAB))
          .containsExactly(new Feedback(paper, Verdict.LIKE, "U1", NOW));
      assertThat(feedback.liked(LAB)).containsExactly(paper);

      assertThat(feedback.toggle(LAB, paper, Verdict.LIKE, "U2", NOW.plusSeconds(5)))
          .isEqualTo(Outcome.TAKEN_BACK);
      assertThat(feedback.feedback(LAB)).isEmpty();
      assertThat(feedback.liked(LAB)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDislikeReplacesALikeWithWhoAndWhen(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      FeedbackStore feedback = new JdbcFeedbackStore(db.database().dataSource());
      long paper = insertPaper(db, "A");

      feedback.toggle(LAB, paper, Verdict.LIKE, "U1", NOW);
      assertThat(feedback.toggle(LAB, paper, Verdict.DISLIKE, "U2", NOW.plusSeconds(60)))
          .isEqualTo(Outcome.REPLACED);

      assertThat(feedback.feedback(LAB))
          .containsExactly(new Feedback(paper, Verdict.DISLIKE, "U2", NOW.plusSeconds(60)));
      assertThat(feedback.liked(LAB)).isEmpty();
      assertThat(feedback.disliked(LAB)).containsExactly(paper);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void feedbackIsPerChannelAndNewestFirst(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      FeedbackStore feedback = new JdbcFeedbackStore(db.database().dataSource());
      long first = insertPaper(db, "A");
      long second = insertPaper(db, "B");
      long third = insertPaper(db, "C");

      feedback.toggle(LAB, first, Verdict.LIKE, "U1", NOW);
      feedback.toggle(LAB, second, Verdict.LIKE, "U1", NOW.plusSeconds(10));
      feedback.toggle(LAB, third, Verdict.DISLIKE, "U1", NOW.plusSeconds(20));
      feedback.toggle(OTHER, first, Verdict.DISLIKE, "U9", NOW);

      assertThat(feedback.liked(LAB)).containsExactly(second, first);
      assertThat(feedback.disliked(LAB)).containsExactly(third);
      assertThat(feedback.liked(OTHER)).isEmpty();
      assertThat(feedback.disliked(OTHER)).containsExactly(first);
    }
  }

  private static long insertPaper(TestDatabase db, String title) throws Exception {
    try (var connection = db.database().dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO papers (title_key, title_hash, title, authors_json, abstract,"
              + " abstract_complete, sources, first_seen, updated_at) VALUES ('"
              + title
              + "', 0, '"
              + title
              + "', '[]', '', TRUE, 'feed', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      try (var rows = statement.executeQuery("SELECT MAX(id) FROM papers")) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
