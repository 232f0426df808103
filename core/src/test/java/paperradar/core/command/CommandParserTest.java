package paperradar.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.core.command.Command.DigestAt;
import paperradar.core.command.Command.DigestDays;
import paperradar.core.command.Command.DigestEnabled;
import paperradar.core.command.Command.DigestPreview;
import paperradar.core.command.Command.DigestSettings;
import paperradar.core.command.Command.DigestWhenEmpty;
import paperradar.core.command.Command.Help;
import paperradar.core.command.Command.Search;
import paperradar.core.command.Command.ShowPaper;
import paperradar.core.command.Command.Subscribe;
import paperradar.core.command.Command.Topics;
import paperradar.core.command.Command.Trending;
import paperradar.core.command.Command.Unsubscribe;
import paperradar.core.command.ParseResult.Parsed;
import paperradar.core.command.ParseResult.Refused;
import paperradar.core.rank.TrendWindow;

class CommandParserTest {

  private static Command parsed(String line) {
    ParseResult result = CommandParser.parse(line);
    assertThat(result).isInstanceOf(Parsed.class);
    return ((Parsed) result).command();
  }

  private static Refused refused(String line) {
    ParseResult result = CommandParser.parse(line);
    assertThat(result).isInstanceOf(Refused.class);
    return (Refused) result;
  }

  @Test
  void trendingDefaultsToTheDayWithoutTopic() {
    assertThat(parsed("/papers trending")).isEqualTo(new Trending(TrendWindow.DAY, ""));
    assertThat(parsed("trending")).isEqualTo(new Trending(TrendWindow.DAY, ""));
  }

  @ParameterizedTest
  @CsvSource({
    "trending week, WEEK, ''",
    "trending MONTH diffusion models, MONTH, diffusion models",
    "trending large language models, DAY, large language models",
    "trending day \"state space\", DAY, \"state space\""
  })
  void trendingTakesAnOptionalWindowAndATopic(String line, TrendWindow window, String topic) {
    assertThat(parsed(line)).isEqualTo(new Trending(window, topic));
  }

  @Test
  void searchKeepsTheQueryAsTyped() {
    assertThat(parsed("/papers search \"pointer networks\" author:vinyals"))
        .isEqualTo(new Search("\"pointer networks\" author:vinyals", 1));
  }

  @Test
  void searchReadsATrailingPage() {
    assertThat(parsed("search transformers page 2")).isEqualTo(new Search("transformers", 2));
    assertThat(parsed("search page")).isEqualTo(new Search("page", 1));
  }

  @Test
  void searchRefusesABadPage() {
    assertThat(refused("search transformers page two").problem()).contains("page must be a number");
    assertThat(refused("search transformers page 0").problem()).contains("page must be a number");
    assertThat(refused("search transformers page 101").usage()).startsWith("/papers search");
  }

  @Test
  void searchWithoutQueryIsRefusedWithItsUsage() {
    Refused refusal = refused("/papers search");
    assertThat(refusal.problem()).isEqualTo("search for what? give a query");
    assertThat(refusal.usage()).startsWith("/papers search <query>");
  }

  @Test
  void paperTakesAnIdOrATitle() {
    assertThat(parsed("paper 2403.18415")).isEqualTo(new ShowPaper("2403.18415"));
    assertThat(parsed("paper The Topos of Transformer Networks"))
        .isEqualTo(new ShowPaper("The Topos of Transformer Networks"));
    assertThat(refused("paper").usage()).startsWith("/papers paper");
  }

  @Test
  void subscribeAndUnsubscribeTakeATopic() {
    assertThat(parsed("subscribe \"graph neural\" OR author:kipf"))
        .isEqualTo(new Subscribe("\"graph neural\" OR author:kipf"));
    assertThat(parsed("unsubscribe 2")).isEqualTo(new Unsubscribe("2"));
    assertThat(refused("subscribe").problem()).contains("subscribe to what");
    assertThat(refused("unsubscribe").problem()).contains("topic or its number");
  }

  @Test
  void topicsTakesNoArguments() {
    assertThat(parsed("topics")).isEqualTo(new Topics());
    assertThat(refused("topics all").problem()).contains("takes no arguments");
  }

  @Test
  void digestFormsParse() {
    assertThat(parsed("digest")).isEqualTo(new DigestSettings());
    assertThat(parsed("digest at 08:00 Europe/Berlin"))
        .isEqualTo(new DigestAt(LocalTime.of(8, 0), Optional.of(ZoneId.of("Europe/Berlin"))));
    assertThat(parsed("digest at 7:30"))
        .isEqualTo(new DigestAt(LocalTime.of(7, 30), Optional.empty()));
    assertThat(parsed("digest weekdays")).isEqualTo(new DigestDays(true));
    assertThat(parsed("digest daily")).isEqualTo(new DigestDays(false));
    assertThat(parsed("digest off")).isEqualTo(new DigestEnabled(false));
    assertThat(parsed("digest ON")).isEqualTo(new DigestEnabled(true));
    assertThat(parsed("digest preview")).isEqualTo(new DigestPreview());
    assertThat(parsed("digest empty say")).isEqualTo(new DigestWhenEmpty(true));
    assertThat(parsed("digest empty skip")).isEqualTo(new DigestWhenEmpty(false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "digest at|give a time",
        "digest at 25:00|is not a time of day",
        "digest at noon|is not a time of day",
        "digest at 08:00 Mars/Olympus|is not an IANA time zone",
        "digest at 08:00 Europe/Berlin extra|give a time",
        "digest sometimes|unknown digest setting",
        "digest off now|takes nothing after it",
        "digest empty maybe|digest empty say",
        "digest at 08:60|is not a time of day",
        "digest at 8|is not a time of day",
        "digest weekdays please|\"digest weekdays\" takes nothing after it",
        "digest daily 08:00|\"digest daily\" takes nothing after it",
        "digest on now|\"digest on\" takes nothing after it",
        "digest preview tomorrow|\"digest preview\" takes nothing after it",
        "digest empty|digest empty say",
        "digest empty say loudly|digest empty skip"
      })
  void digestErrorsNameTheProblemAndShowTheUsage(String line, String problem) {
    Refused refusal = refused(line);
    assertThat(refusal.problem()).contains(problem);
    assertThat(refusal.usage()).contains("/papers digest at 08:00 Europe/Berlin");
  }

  @Test
  void helpCoversEverySubcommand() {
    assertThat(parsed("")).isEqualTo(new Help(""));
    assertThat(parsed("/papers")).isEqualTo(new Help(""));
    assertThat(parsed("help")).isEqualTo(new Help(""));
    for (String sub :
        new String[] {
          "trending", "search", "paper", "subscribe", "unsubscribe", "topics", "digest", "help"
        }) {
      assertThat(parsed("help " + sub)).isEqualTo(new Help(sub));
      assertThat(Usage.of(sub)).isPresent();
    }
    assertThat(refused("help dance").problem()).contains("no such subcommand");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dance", "SEARCHING for x", "@everyone"})
  void unknownSubcommandGetsTheOverview(String line) {
    Refused refusal = refused(line);
    assertThat(refusal.problem()).startsWith("unknown subcommand");
    assertThat(refusal.usage()).contains("/papers trending").contains("/papers search");
  }

  @Test
  void hugeLinesAreRefusedAndEchoesAreShortened() {
    assertThat(refused("search " + "x".repeat(2_000)).problem()).contains("longer than");
    assertThat(refused("y".repeat(200)).problem()).hasSizeLessThan(80);
  }

  @Test
  void theCommandNameIsOptionalAndAnyCase() {
    assertThat(parsed("papers search rag")).isEqualTo(new Search("rag", 1));
    assertThat(parsed("/PAPERS Trending WEEK")).isEqualTo(new Trending(TrendWindow.WEEK, ""));
    assertThat(parsed("  /papers   topics  ")).isEqualTo(new Topics());
    assertThat(CommandParser.parse(null)).isEqualTo(new Parsed(new Help("")));
  }

  @Test
  void searchPagesRunFromOneToAHundredInAnyCase() {
    assertThat(parsed("search transformers page 100")).isEqualTo(new Search("transformers", 100));
    assertThat(parsed("search \"state space\" PAGE 3")).isEqualTo(new Search("\"state space\"", 3));
    // "page" alone is a query word: a page needs a query before it.
    assertThat(parsed("search page 2")).isEqualTo(new Search("page 2", 1));
    assertThat(refused("search transformers page -1").problem())
        .contains("page must be a number from 1 to 100");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "retrieval augmented generation",
        "\"graph neural networks\"",
        "author:hinton",
        "diffusion AND video NOT audio",
        "(rag OR \"retrieval augmented\") AND since:2024-01-01"
      })
  void subscribeKeepsEveryQueryFormAsTyped(String topic) {
    assertThat(parsed("/papers subscribe " + topic)).isEqualTo(new Subscribe(topic));
  }

  @Test
  void unsubscribeTakesTheTopicTextAsWell() {
    assertThat(parsed("unsubscribe \"graph neural\" OR author:kipf"))
        .isEqualTo(new Unsubscribe("\"graph neural\" OR author:kipf"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "subscribe|subscribe to what? give a topic|/papers subscribe <topic>",
        "unsubscribe|give a topic or its number|/papers unsubscribe <topic or its number>",
        "topics all|\"topics\" takes no arguments|/papers topics",
        "paper|which paper? give an arXiv id or a title|/papers paper <arXiv id or title>"
      })
  void refusalsNameTheProblemAndCarryTheirSubcommandsUsage(
      String line, String problem, String usage) {
    Refused refusal = refused(line);
    assertThat(refusal.problem()).contains(problem);
    assertThat(refusal.usage()).startsWith(usage);
  }

  @Test
  void helpForAnUnknownSubcommandShowsTheOverview() {
    assertThat(refused("help dance").usage())
        .contains("/papers trending")
        .contains("/papers digest");
  }

  @Test
  void digestTimesAcceptOtherSeparators() {
    assertThat(parsed("digest at 07.30"))
        .isEqualTo(new DigestAt(LocalTime.of(7, 30), Optional.empty()));
    assertThat(parsed("digest at 7h30 America/New_York"))
        .isEqualTo(new DigestAt(LocalTime.of(7, 30), Optional.of(ZoneId.of("America/New_York"))));
    assertThat(parsed("digest at 23:59 UTC"))
        .isEqualTo(new DigestAt(LocalTime.of(23, 59), Optional.of(ZoneId.of("UTC"))));
  }

  @Test
  void changingCommandsAreMarked() {
    assertThat(parsed("subscribe x").changesChannel()).isTrue();
    assertThat(parsed("digest off").changesChannel()).isTrue();
    assertThat(parsed("digest preview").changesChannel()).isFalse();
    assertThat(parsed("search x").changesChannel()).isFalse();
  }

  @Test
  void aTrailingPrivateFlagIsAGrammarTokenThatMakesTheAnswerPrivate() {
    assertThat(parsed("search transformers page 2 --private"))
        .isEqualTo(new Search("transformers", 2, true));
    assertThat(parsed("/papers trending week llm --private"))
        .isEqualTo(new Trending(TrendWindow.WEEK, "llm", true));
    assertThat(parsed("paper 2611.00001 --private")).isEqualTo(new ShowPaper("2611.00001", true));
    assertThat(parsed("--private")).isEqualTo(new Help(""));
    // Only a whole trailing word is the flag; subscribe's answer is for the asker anyway.
    assertThat(parsed("search foo--private")).isEqualTo(new Search("foo--private", 1, false));
    assertThat(parsed("subscribe llm --private")).isEqualTo(new Subscribe("llm"));
  }

  @ParameterizedTest
  @CsvSource({
    "transformers page 2, 3, false",
    "foo --private, 2, true",
    "foo --private, 1, false",
    "\"a b\", 100, true"
  })
  void aSearchButtonsLineParsesBackIntoTheSameSearch(String query, int page, boolean privately) {
    assertThat(parsed(CommandParser.searchLine(query, page, privately)))
        .isEqualTo(new Search(query, page, privately));
  }
}
