package paperradar.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.ingest.ListingFormat;

/** The text grammar of {@code /papers feed}. */
class FeedGrammarTest {

  private static Command parsed(String line) {
    ParseResult result = CommandParser.parse(line);
    assertThat(result).as(line).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).command();
  }

  private static String refused(String line) {
    ParseResult result = CommandParser.parse(line);
    assertThat(result).as(line).isInstanceOf(ParseResult.Refused.class);
    return ((ParseResult.Refused) result).problem();
  }

  @Test
  void addListAndRemove() {
    assertThat(parsed("/papers feed add https://lab.example.org/feed.xml"))
        .isEqualTo(new Command.FeedAdd("https://lab.example.org/feed.xml", Optional.empty()));
    assertThat(parsed("feed add https://lab.example.org/atom arxiv-atom"))
        .isEqualTo(
            new Command.FeedAdd(
                "https://lab.example.org/atom", Optional.of(ListingFormat.ARXIV_ATOM)));
    assertThat(parsed("feed list")).isEqualTo(new Command.FeedList());
    assertThat(parsed("feed")).isEqualTo(new Command.FeedList());
    assertThat(parsed("feed add <https://lab.example.org/rss?a=1&amp;b=2|lab.example.org/rss>"))
        .as("a link as Slack sends it")
        .isEqualTo(new Command.FeedAdd("https://lab.example.org/rss?a=1&b=2", Optional.empty()));
    assertThat(parsed("feed remove 3")).isEqualTo(new Command.FeedRemove(3));
  }

  @Test
  void whatAddAndRemoveNeedIsSaid() {
    assertThat(refused("feed add")).contains("give a feed's URL");
    assertThat(refused("feed add https://x.example.org/a feed extra"))
        .contains("give a feed's URL");
    assertThat(refused("feed add https://x.example.org/a yaml"))
        .contains("\"yaml\" is not a format");
    assertThat(refused("feed remove")).contains("give the feed's number");
    assertThat(refused("feed remove two")).contains("\"two\" is not a feed number");
    assertThat(refused("feed remove 11")).contains("is not a feed number");
    assertThat(refused("feed list 2")).contains("takes nothing after it");
    assertThat(refused("feed rename 2")).contains("unknown feed action");
  }

  @Test
  void addingAndRemovingChangeTheChannelListingDoesNot() {
    assertThat(parsed("feed add https://x.example.org/a").changesChannel()).isTrue();
    assertThat(parsed("feed remove 1").changesChannel()).isTrue();
    assertThat(parsed("feed list").changesChannel()).isFalse();
    assertThat(parsed("feed list").name()).isEqualTo("feed");
    assertThat(Usage.of("feed")).get().asString().contains("/papers feed add <URL> [format]");
  }
}
