package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.config.Settings;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.ChannelRef;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * 👍 and 👎 through JDA and the fake Discord: the numbered rows on a search answer, a press stored
 * and answered privately, a second press taking it back, and the typed like/dislike/likes options.
 */
class DiscordFeedbackButtonsTest {

  private static final String GUILD = DiscordAdapterTest.GUILD;
  private static final String CHANNEL = DiscordAdapterTest.CHANNEL;
  private static final String USER = "1100000000000000077";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int EPHEMERAL = 64;
  private static final ChannelRef HERE = ChannelRef.discord(GUILD, CHANNEL);

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeDiscord discord;
  private DiscordAdapter adapter;

  @BeforeEach
  void setUp() throws Exception {
    radar =
        new RadarFixture(
            TestDatabase.Kind.H2,
            temp,
            new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
    String[] flock = new String[7 * 4];
    for (int i = 0; i < 7; i++) {
      flock[i * 4] = "2611.001%02d".formatted(i);
      flock[i * 4 + 1] = "Counting Sheep, Part " + (i + 1);
      flock[i * 4 + 2] = "Sheep, counted once more.";
      flock[i * 4 + 3] = "Shepherd " + (i + 1);
    }
    radar.ingest(
        "flock.xml",
        PapersCommandServiceTestFeeds.atom(LocalDate.of(2026, 11, 21), flock),
        LocalDate.of(2026, 11, 22));
    discord = new FakeDiscord(1);
    discord.addGuild(GUILD, CHANNEL);
    adapter =
        new DiscordAdapter(
            new Settings.Discord("", "", 0, 50, discord.apiUrl()),
            "fake-token",
            radar.commands,
            radar.topics::topics);
    adapter.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    adapter.close();
    discord.close();
    radar.close();
  }

  private List<FakeDiscord.Call> answers(String id, int count) throws InterruptedException {
    assertThat(Conditions.await(WAIT, () -> discord.answersTo(id).size() >= count))
        .as(count + " answers")
        .isTrue();
    return discord.answersTo(id);
  }

  @Test
  void aSearchPageGetsNumberedThumbRowsAndPagingInAtMostFiveRows() throws Exception {
    String id =
        discord.slashCommand(GUILD, CHANNEL, USER, false, null, "search", Map.of("query", "sheep"));
    JsonNode message = answers(id, 1).getFirst().body().path("data");

    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : message.path("components")) {
      rows.add(row.path("components").findValuesAsText("label"));
    }
    assertThat(rows)
        .containsExactly(
            List.of("👍 1", "👍 2", "👍 3", "👍 4", "👍 5"),
            List.of("👎 1", "👎 2", "👎 3", "👎 4", "👎 5"),
            List.of("Next"));
    assertThat(
            message.path("components").get(0).path("components").get(0).path("custom_id").asText())
        .startsWith(EmbedRenderer.BUTTON_PREFIX + "like 2611.001");
  }

  @Test
  void aThumbsDownPressIsStoredAnsweredPrivatelyAndAPressAgainTakesItBack() throws Exception {
    String button = EmbedRenderer.BUTTON_PREFIX + "dislike 2611.00103";

    String first = discord.pressButton(GUILD, CHANNEL, button);

    List<FakeDiscord.Call> answered = answers(first, 2);
    assertThat(answered.get(0).body().path("type").asInt())
        .as("a private deferred reply, not an edit of the message")
        .isEqualTo(5);
    assertThat(answered.get(0).body().path("data").path("flags").asInt() & EPHEMERAL)
        .isEqualTo(EPHEMERAL);
    assertThat(answered.get(1).method()).isEqualTo("POST");
    assertThat(answered.get(1).body().toString()).contains("👎 noted for “Counting Sheep, Part 4”");
    assertThat(radar.radar.feedback().disliked(HERE)).hasSize(1);
    assertThat(radar.radar.feedback().feedback(HERE).getFirst().givenBy()).isEqualTo(USER);

    String second = discord.pressButton(GUILD, CHANNEL, button);

    assertThat(answers(second, 2).get(1).body().toString()).contains("👎 taken back");
    assertThat(radar.radar.feedback().feedback(HERE)).isEmpty();
  }

  @Test
  void typedLikeAndLikesWorkForMembersWithoutPermissions() throws Exception {
    String liked =
        discord.slashCommand(
            GUILD, CHANNEL, USER, false, null, "like", Map.of("paper", "Counting Sheep, Part 2"));
    JsonNode answer = answers(liked, 1).getFirst().body().path("data");
    assertThat(answer.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(answer.toString()).contains("👍 noted for “Counting Sheep, Part 2”");

    String listed = discord.slashCommand(GUILD, CHANNEL, USER, false, null, "likes", Map.of());
    assertThat(answers(listed, 1).getFirst().body().toString())
        .contains("Liked here (1)", "Counting Sheep, Part 2");
  }
}
