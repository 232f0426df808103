package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.config.Settings;
import paperradar.core.SharedData;
import paperradar.core.fixtures.Conditions;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * The Discord adapter against real captures from {@code ../shared/fixtures}: JDA boots on a HELLO
 * and a READY captured from Discord's gateway, replayed as they were, and answers the interaction
 * of Discord's documentation, changed only where it must be: a fresh id (JDA derives the 15-minute
 * expiry from it), this bot's command and a guild of the captured READY, and the guild and channel
 * objects and the context that today's gateway adds and the older docs example lacks.
 */
class DiscordCapturesAcceptanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void capturedGatewayFramesBootTheBotAndTheDocsInteractionIsAnswered() throws Exception {
    String hello =
        Files.readString(
            SharedData.require("fixtures/discord_gateway_HELLO_op10_DiscordBM_capture.json"));
    String ready =
        Files.readString(
            SharedData.require("fixtures/discord_gateway_READY_dispatch_DiscordBM_capture.json"));
    JsonNode docsInteraction =
        JSON.readTree(
            SharedData.require(
                    "fixtures/discord_interaction_slash_command_with_options_DOCS_EXAMPLE.json")
                .toFile());
    List<String> guilds = JSON.readTree(ready).at("/d/guilds").findValuesAsText("id");
    String channel = docsInteraction.path("channel_id").asText();

    try (RadarFixture radar =
            new RadarFixture(
                TestDatabase.Kind.H2,
                temp,
                new RadarFixture.MutableClock(Instant.parse("2026-11-22T09:00:00Z")));
        FakeDiscord discord = new FakeDiscord(1)) {
      radar.ingest(
          "papers.xml",
          PapersCommandServiceTestFeeds.atom(
              LocalDate.of(2026, 11, 21),
              "2611.00001",
              "The Gitrog Monster Detector",
              "Monsters, detected.",
              "Mason"),
          LocalDate.of(2026, 11, 22));
      discord.replay(hello, ready);
      guilds.forEach(guild -> discord.addGuild(guild, channel));
      try (DiscordAdapter adapter =
          new DiscordAdapter(
              new Settings.Discord("", "", 0, 50, discord.apiUrl()),
              "token",
              radar.commands,
              radar.topics::topics)) {
        adapter.start();
        assertThat(adapter.describe()).isEqualTo("on (1 of 1 shards)");

        ObjectNode interaction = docsInteraction.deepCopy();
        String id = discord.snowflake();
        interaction
            .put("id", id)
            .put("token", "token-" + id)
            .put("guild_id", guilds.getFirst())
            .put("context", 0)
            .put("version", 1);
        interaction
            .putObject("channel")
            .put("id", channel)
            .put("type", 0)
            .put("guild_id", guilds.getFirst());
        interaction
            .putObject("guild")
            .put("id", guilds.getFirst())
            .put("locale", "en-US")
            .putArray("features");
        interaction.putObject("authorizing_integration_owners").put("0", guilds.getFirst());
        ObjectNode data = (ObjectNode) interaction.get("data");
        String query = data.at("/options/0/value").asText();
        data.put("name", "papers");
        data.putArray("options")
            .addObject()
            .put("name", "search")
            .put("type", 1)
            .set(
                "options",
                JSON.createArrayNode()
                    .add(
                        JSON.createObjectNode()
                            .put("name", "query")
                            .put("type", 3)
                            .put("value", query)));
        discord.sendInteraction(interaction);

        assertThat(Conditions.await(Duration.ofSeconds(20), () -> !discord.answersTo(id).isEmpty()))
            .isTrue();
        JsonNode answer = discord.answersTo(id).getFirst().body();
        assertThat(answer.path("type").asInt()).isEqualTo(4);
        assertThat(answer.path("data").path("embeds").toString())
            .contains("The Gitrog Monster Detector");
      }
    }
  }
}
