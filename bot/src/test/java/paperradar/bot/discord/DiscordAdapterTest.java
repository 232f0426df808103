package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.bot.chat.AdapterScenes;
import paperradar.bot.config.Settings;
import paperradar.core.command.Command;
import paperradar.core.command.CommandService;
import paperradar.core.fixtures.Conditions;
import paperradar.core.model.ChannelRef;
import paperradar.core.rank.TrendWindow;
import paperradar.core.service.RadarFixture;
import paperradar.core.subscribe.Topic;

/**
 * The Discord adapter end to end: JDA 6.5 against a local fake gateway and REST, on the real store
 * and index.
 */
class DiscordAdapterTest {

  static final String GUILD = "1200000000000000001";
  static final String CHANNEL = "1200000000000000011";
  private static final String USER = "1100000000000000077";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int EPHEMERAL = 64;

  @TempDir Path temp;
  private RadarFixture radar;
  private FakeDiscord discord;
  private DiscordAdapter adapter;

  @BeforeEach
  void setUp() throws Exception {
    radar =
        AdapterScenes.commandDay(
            temp,
            "Ping @everyone <@&1100000000000000003> **now**",
            "See [arxiv.org](https://evil.test) <#1>.",
            "Mallory @here");
    discord = new FakeDiscord(1);
    adapter = startAdapter(discord, radar);
  }

  /** An adapter on the fake, serving its one guild and channel. */
  static DiscordAdapter startAdapter(FakeDiscord discord, RadarFixture radar) throws Exception {
    discord.addGuild(GUILD, CHANNEL);
    DiscordAdapter adapter =
        new DiscordAdapter(
            new Settings.Discord("", "", 0, 50, discord.apiUrl()),
            "fake-token",
            radar.commands,
            radar.topics::topics);
    adapter.start();
    return adapter;
  }

  @AfterEach
  void tearDown() throws Exception {
    adapter.close();
    discord.close();
    radar.close();
  }

  private JsonNode answer(String interactionId) throws InterruptedException {
    assertThat(Conditions.await(WAIT, () -> !discord.answersTo(interactionId).isEmpty()))
        .as("an answer")
        .isTrue();
    return discord.answersTo(interactionId).getFirst().body();
  }

  private JsonNode run(
      String group, String subcommand, Map<String, Object> options, boolean moderator)
      throws InterruptedException {
    return answer(
        discord.slashCommand(GUILD, CHANNEL, USER, moderator, group, subcommand, options));
  }

  @Test
  void startingRegistersPapersWithSubcommandsAndTypedOptions() throws Exception {
    assertThat(Conditions.await(WAIT, () -> !discord.calls("PUT", "applications/").isEmpty()))
        .isTrue();
    List<FakeDiscord.Call> registrations =
        discord.calls("PUT", "applications/" + FakeDiscord.APP_ID + "/commands");
    assertThat(registrations)
        .singleElement()
        .satisfies(
            call -> {
              JsonNode papers = call.body().get(0);
              assertThat(papers.path("name").asText()).isEqualTo("papers");
              assertThat(papers.path("options").findValuesAsText("name"))
                  .contains(
                      "trending",
                      "search",
                      "paper",
                      "similar",
                      "subscribe",
                      "unsubscribe",
                      "topics",
                      "help",
                      "digest");
              assertThat(papers.toString())
                  .contains("\"autocomplete\":true")
                  .contains("\"choices\"");
            });
    // Once by the adapter's own token check (so a refusal reads as one line), once by JDA.
    assertThat(discord.calls("GET", "users/@me")).hasSize(2);
  }

  @Test
  void everySubcommandIsAnsweredOnceWithTheRightVisibility() throws Exception {
    record Case(
        String group,
        String subcommand,
        Map<String, Object> options,
        boolean ephemeral,
        String shows) {}
    Map<String, Object> none = Map.of();
    List<Case> cases =
        List.of(
            new Case(null, "trending", Map.of("window", "week"), false, "Trending in the last 7 d"),
            new Case(
                null, "search", Map.of("query", "diffusion"), false, "Diffusion Models for Sheep"),
            new Case(
                null,
                "search",
                Map.of("query", "diffusion", "private", true),
                true,
                "Diffusion Models for Sheep"),
            new Case(
                null, "paper", Map.of("paper", "2611.00003"), false, "Pointer Networks Revisited"),
            new Case(null, "similar", Map.of("paper", "2611.00001"), false, "similarity 0."),
            new Case(
                null,
                "similar",
                Map.of("paper", "2611.00003", "private", true),
                true,
                "Papers similar to"),
            new Case(
                null, "subscribe", Map.of("topic", "~\"sheep diffusion\""), true, "semantic topic"),
            new Case(null, "unsubscribe", Map.of("topic", "1"), true, "no longer follows"),
            new Case(null, "subscribe", Map.of("topic", "pointer networks"), true, "now follows"),
            new Case(null, "topics", none, true, "pointer networks"),
            new Case(
                "digest",
                "at",
                new LinkedHashMap<>(Map.of("time", "07:30", "zone", "Europe/Berlin")),
                true,
                "07:30"),
            new Case("digest", "days", Map.of("days", "daily"), true, "every day"),
            new Case("digest", "off", none, true, "off"),
            new Case("digest", "on", none, true, "07:30"),
            new Case("digest", "empty", Map.of("then", "say"), true, "says so"),
            new Case("digest", "show", none, true, "Europe/Berlin"),
            new Case("digest", "preview", none, true, "Pointer Networks Revisited"),
            new Case(null, "unsubscribe", Map.of("topic", "1"), true, "no longer follows"),
            new Case(null, "help", none, true, "/papers trending"),
            new Case(null, "help", Map.of("subcommand", "search"), true, "/papers search"));
    for (Case c : cases) {
      String id =
          discord.slashCommand(GUILD, CHANNEL, USER, true, c.group(), c.subcommand(), c.options());
      JsonNode callback = answer(id);
      String what = c.subcommand() + " " + c.options();
      assertThat(callback.path("type").asInt()).as(what).isEqualTo(4);
      assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL)
          .as(what)
          .isEqualTo(c.ephemeral() ? EPHEMERAL : 0);
      assertThat(callback.path("data").path("embeds").toString()).as(what).contains(c.shows());
      assertThat(callback.path("data").path("allowed_mentions").path("parse").size())
          .as(what)
          .isZero();
      assertThat(discord.answersTo(id)).as(what).hasSize(1);
    }
  }

  @Test
  void changingAChannelNeedsManageChannelsButReadingDoesNot() throws Exception {
    JsonNode refused = run(null, "subscribe", Map.of("topic", "llamas"), false);
    assertThat(refused.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(refused.path("data").toString()).contains("Manage Channels");
    assertThat(radar.topics.topics(ChannelRef.discord(GUILD, CHANNEL))).isEmpty();

    assertThat(run(null, "trending", Map.of(), false).path("data").path("embeds").toString())
        .contains("Trending");
    assertThat(run(null, "subscribe", Map.of("topic", "llamas"), true).path("data").toString())
        .contains("now follows");
  }

  @Test
  void topicOptionsAutocompleteFromTheChannelsOwnTopics() throws Exception {
    run(null, "subscribe", Map.of("topic", "pointer networks"), true);
    run(null, "subscribe", Map.of("topic", "diffusion AND sheep"), true);

    JsonNode choices = answer(discord.autocomplete(GUILD, CHANNEL, "unsubscribe", "sheep"));

    assertThat(choices.path("type").asInt()).isEqualTo(8);
    assertThat(choices.path("data").path("choices").findValuesAsText("value"))
        .containsExactly("diffusion AND sheep");
    assertThat(choices.path("data").path("choices").findValuesAsText("name"))
        .containsExactly("2. diffusion AND sheep");
  }

  @Test
  void untrustedTextIsEscapedAndMentionsNothing() throws Exception {
    JsonNode shown = run(null, "paper", Map.of("paper", "2611.00002"), false);

    String embeds = shown.path("data").path("embeds").toString();
    assertThat(shown.path("data").path("allowed_mentions").path("parse").size()).isZero();
    assertThat(embeds)
        .doesNotContain("@everyone", "@here", "[arxiv.org](https://evil.test)", "**now**");
    // Unescaped mention syntax: a < not preceded by a backslash (JSON doubles the backslash).
    assertThat(embeds).doesNotContainPattern("(?<!\\\\)<[@#]");
    assertThat(embeds).contains("@\u200Beveryone", "@\u200Bhere", "\\\\<@&", "\\\\[arxiv.org\\\\]");
  }

  @Test
  void slowWorkIsDeferredThenFinishedThroughTheHook() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CommandService slow = AdapterScenes.heldUntil(release, radar.commands);
    adapter.close();
    adapter =
        new DiscordAdapter(
            new Settings.Discord(GUILD, "", 0, 50, discord.apiUrl()),
            "fake-token",
            slow,
            radar.topics::topics);
    adapter.start();

    String id =
        discord.slashCommand(
            GUILD, CHANNEL, USER, false, null, "trending", Map.of("window", "week"));
    JsonNode deferred = answer(id);
    assertThat(deferred.path("type").asInt()).as("deferred: thinking…").isEqualTo(5);
    assertThat(deferred.path("data").path("flags").asInt() & EPHEMERAL).isZero();
    release.countDown();

    assertThat(Conditions.await(WAIT, () -> discord.answersTo(id).size() == 2)).isTrue();
    FakeDiscord.Call finished = discord.answersTo(id).get(1);
    // After a deferral, Discord shows the first follow-up in place of the "thinking…" message.
    assertThat(finished.method() + " " + finished.path())
        .isEqualTo("POST webhooks/" + FakeDiscord.APP_ID + "/token-" + id);
    assertThat(finished.body().toString()).contains("Trending in the last 7 d");
    assertThat(
            discord.calls(
                "PUT", "applications/" + FakeDiscord.APP_ID + "/guilds/" + GUILD + "/commands"))
        .as("a development guild gets the command at once, instead of globally")
        .hasSize(1);
  }

  @Test
  void searchButtonsPageByEditingTheMessage() throws Exception {
    String id =
        discord.pressButton(
            GUILD, CHANNEL, EmbedRenderer.BUTTON_PREFIX + "search sheep OR pointer page 2");

    assertThat(Conditions.await(WAIT, () -> discord.answersTo(id).size() >= 2)).isTrue();
    List<FakeDiscord.Call> answers = discord.answersTo(id);
    assertThat(answers.get(0).body().path("type").asInt()).isEqualTo(6);
    assertThat(answers.get(1).method()).isEqualTo("PATCH");
    assertThat(answers.get(1).path()).endsWith("/messages/@original");
    assertThat(answers.get(1).body().toString())
        .contains("No page 2: 2 papers match sheep OR pointer");
  }

  /**
   * Restarts the adapter on a service that records each command it is given, then answers it as
   * usual.
   */
  private List<Command> recordingCommands() throws Exception {
    List<Command> received = new CopyOnWriteArrayList<>();
    CommandService recording =
        (context, command) -> {
          received.add(command);
          return radar.commands.handle(context, command);
        };
    adapter.close();
    adapter =
        new DiscordAdapter(
            new Settings.Discord("", "", 0, 50, discord.apiUrl()),
            "fake-token",
            recording,
            radar.topics::topics);
    adapter.start();
    return received;
  }

  @Test
  void aSearchQueryOptionIsSearchedLiterallyEvenWhenItEndsInPageTwo() throws Exception {
    List<Command> received = recordingCommands();

    JsonNode shown = run(null, "search", Map.of("query", "diffusion page 2"), false);

    assertThat(received).containsExactly(new Command.Search("diffusion page 2", 1, false));
    assertThat(shown.path("data").path("flags").asInt() & EPHEMERAL).isZero();
    assertThat(shown.path("data").path("embeds").toString())
        .contains("No paper matches diffusion page 2");
  }

  @Test
  void aTopicOptionEndingInThePrivateFlagIsThatTopicAndMakesNothingPrivate() throws Exception {
    List<Command> received = recordingCommands();
    ChannelRef here = ChannelRef.discord(GUILD, CHANNEL);

    JsonNode subscribed = run(null, "subscribe", Map.of("topic", "sheep --private"), true);
    JsonNode trending =
        run(null, "trending", Map.of("window", "week", "topic", "sheep --private"), false);

    assertThat(received)
        .containsExactly(
            new Command.Subscribe("sheep --private"),
            new Command.Trending(TrendWindow.WEEK, "sheep --private", false));
    assertThat(subscribed.path("data").toString()).contains("now follows sheep --private");
    assertThat(radar.topics.topics(here))
        .extracting(Topic::query)
        .containsExactly("sheep --private");
    assertThat(trending.path("data").path("flags").asInt() & EPHEMERAL)
        .as("trending stays in the channel")
        .isZero();
    assertThat(trending.path("data").path("embeds").toString())
        .contains("Trending on sheep --private");
  }

  @Test
  void onlyThePrivateOptionMakesAnAnswerPrivate() throws Exception {
    List<Command> received = recordingCommands();

    JsonNode shown = run(null, "paper", Map.of("paper", "2611.00003", "private", true), false);

    assertThat(received).containsExactly(new Command.ShowPaper("2611.00003", true));
    assertThat(shown.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(shown.path("data").path("embeds").toString()).contains("Pointer Networks Revisited");
  }

  @Test
  void anOptionTheGrammarWouldRefuseIsRefusedWithItsUsageBeforeTheService() throws Exception {
    List<Command> received = recordingCommands();

    JsonNode refused = run("digest", "at", Map.of("time", "25:00"), true);

    assertThat(received).isEmpty();
    assertThat(refused.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(refused.path("data").toString())
        .contains("is not a time of day like 08:00", "/papers digest at");
  }

  @Test
  void feedAddListAndRemoveAreTypedOptionsAndTheGuardRefusesPrivateAddresses() throws Exception {
    List<Command> received = recordingCommands();

    JsonNode added =
        run(
            "feed",
            "add",
            new LinkedHashMap<>(Map.of("url", "http://93.184.216.34/lab.rss", "format", "feed")),
            true);
    assertThat(added.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(added.path("data").toString()).contains("now follows the feed");
    JsonNode refused = run("feed", "add", Map.of("url", "http://169.254.169.254/latest/"), true);
    assertThat(refused.path("data").toString()).contains("a cloud metadata address");
    assertThat(
            run("feed", "add", Map.of("url", "http://93.184.216.35/x"), false)
                .path("data")
                .toString())
        .contains("Manage Channels");
    assertThat(run("feed", "list", Map.of(), false).path("data").toString())
        .contains("1. http://93.184.216.34/lab.rss (feed)");
    assertThat(run("feed", "remove", Map.of("number", 1), true).path("data").toString())
        .contains("no longer follows the feed");

    assertThat(received)
        .startsWith(
            new Command.FeedAdd(
                "http://93.184.216.34/lab.rss",
                java.util.Optional.of(paperradar.core.ingest.ListingFormat.FEED)))
        .endsWith(new Command.FeedList(), new Command.FeedRemove(1));
    assertThat(
            radar
                .radar
                .channelFeeds()
                .feeds(paperradar.core.model.ChannelRef.discord(GUILD, CHANNEL)))
        .isEmpty();
  }
}
