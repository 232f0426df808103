package paperradar.core.command;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperradar.core.command.Command.DigestAt;
import paperradar.core.command.Command.DigestDays;
import paperradar.core.command.Command.DigestEnabled;
import paperradar.core.command.Command.DigestPreview;
import paperradar.core.command.Command.DigestSettings;
import paperradar.core.command.Command.DigestWhenEmpty;
import paperradar.core.command.Command.FeedAdd;
import paperradar.core.command.Command.FeedList;
import paperradar.core.command.Command.FeedRemove;
import paperradar.core.command.Command.GiveFeedback;
import paperradar.core.command.Command.Help;
import paperradar.core.command.Command.Likes;
import paperradar.core.command.Command.Search;
import paperradar.core.command.Command.ShowPaper;
import paperradar.core.command.Command.Similar;
import paperradar.core.command.Command.Subscribe;
import paperradar.core.command.Command.Topics;
import paperradar.core.command.Command.Trending;
import paperradar.core.command.Command.Unsubscribe;
import paperradar.core.command.ParseResult.Parsed;
import paperradar.core.command.ParseResult.Refused;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.rank.TrendWindow;
import paperradar.core.subscribe.ChannelFeedStore;
import paperradar.core.subscribe.FeedbackStore;

/**
 * Parses the {@code /papers} text grammar (console, Slack, {@code ask}, buttons). It accepts the
 * whole line ({@code /papers search x}) or only what follows the command name, as Slack delivers
 * it. A trailing {@value #PRIVATE_FLAG} is a token of this grammar: it sets the command's private
 * flag.
 */
public final class CommandParser {

  /** Longest line we read; anything longer is refused before any work is done. */
  public static final int MAX_LINE = 1_000;

  /** Ending a line with this keeps the answer to the asker. */
  public static final String PRIVATE_FLAG = "--private";

  private static final Pattern LEADING_COMMAND =
      Pattern.compile("^/?papers(?:\\s+|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_SUFFIX =
      Pattern.compile("^(.*\\S)\\s+page\\s+(\\S+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CLOCK = Pattern.compile("^([01]?\\d|2[0-3])[:.h]([0-5]\\d)$");

  private CommandParser() {}

  public static ParseResult parse(String line) {
    String text = line == null ? "" : line.strip();
    if (text.length() > MAX_LINE) {
      return new Refused(
          "that command is longer than " + MAX_LINE + " characters", Usage.overview());
    }
    Matcher leading = LEADING_COMMAND.matcher(text);
    if (leading.find()) {
      text = text.substring(leading.end()).strip();
    }
    boolean privately = text.equals(PRIVATE_FLAG) || text.endsWith(" " + PRIVATE_FLAG);
    if (privately) {
      text = text.substring(0, text.length() - PRIVATE_FLAG.length()).strip();
    }
    if (text.isEmpty()) {
      return new Parsed(new Help(""));
    }
    String[] split = text.split("\\s+", 2);
    String subcommand = split[0].toLowerCase(Locale.ROOT);
    String rest = split.length > 1 ? split[1].strip() : "";
    return switch (subcommand) {
      case "trending" -> trending(rest, privately);
      case "search" -> search(rest, privately);
      case "paper" ->
          requireArgument(
              "paper",
              rest,
              "which paper? give an arXiv id or a title",
              idOrTitle -> new ShowPaper(idOrTitle, privately));
      case "similar" ->
          requireArgument(
              "similar",
              rest,
              "similar to which paper? give an arXiv id or a title",
              idOrTitle -> new Similar(idOrTitle, privately));
      case "subscribe" ->
          requireArgument("subscribe", rest, "subscribe to what? give a topic", Subscribe::new);
      case "unsubscribe" ->
          requireArgument(
              "unsubscribe",
              rest,
              "unsubscribe from what? give a topic or its number from /papers topics",
              Unsubscribe::new);
      case "topics" -> noArgument("topics", rest, new Topics());
      case "digest" -> digest(rest);
      case "feed" -> feed(rest);
      case "help" -> help(rest);
      case "like" ->
          requireArgument(
              "like",
              rest,
              "like which paper? give an arXiv id or a title",
              idOrTitle -> new GiveFeedback(FeedbackStore.Verdict.LIKE, idOrTitle));
      case "dislike" ->
          requireArgument(
              "dislike",
              rest,
              "dislike which paper? give an arXiv id or a title",
              idOrTitle -> new GiveFeedback(FeedbackStore.Verdict.DISLIKE, idOrTitle));
      case "likes" -> noArgument("likes", rest, new Likes());
      default -> new Refused("unknown subcommand \"" + shorten(split[0]) + "\"", Usage.overview());
    };
  }

  private static ParseResult trending(String rest, boolean privately) {
    String[] words = rest.split("\\s+", 2);
    Optional<TrendWindow> window = TrendWindow.parse(words[0]);
    if (window.isPresent()) {
      return new Parsed(
          new Trending(window.get(), words.length > 1 ? words[1].strip() : "", privately));
    }
    return new Parsed(new Trending(TrendWindow.DAY, rest, privately));
  }

  private static ParseResult search(String rest, boolean privately) {
    if (rest.isEmpty()) {
      return refused("search", "search for what? give a query");
    }
    Matcher page = PAGE_SUFFIX.matcher(rest);
    if (page.matches()) {
      String number = page.group(2);
      if (!number.matches("\\d{1,3}")
          || Integer.parseInt(number) < 1
          || Integer.parseInt(number) > Search.MAX_PAGE) {
        return refused("search", pageProblem(number));
      }
      return new Parsed(new Search(page.group(1).strip(), Integer.parseInt(number), privately));
    }
    return new Parsed(new Search(rest, 1, privately));
  }

  /** Why a page number is refused, for every adapter that reads one. */
  public static String pageProblem(String number) {
    return "page must be a number from 1 to "
        + Search.MAX_PAGE
        + ", not \""
        + shorten(number)
        + "\"";
  }

  /** The line that parses back into this search: what a Previous or Next button carries. */
  public static String searchLine(String query, int page, boolean privately) {
    return "search " + query + " page " + page + (privately ? " " + PRIVATE_FLAG : "");
  }

  /**
   * The line a 👍 or 👎 button carries: {@code like <key>} or {@code dislike <key>}, where the key
   * is what {@code /papers paper} finds the paper by exactly.
   */
  public static String feedbackLine(FeedbackStore.Verdict verdict, String paperKey) {
    return (verdict == FeedbackStore.Verdict.LIKE ? "like " : "dislike ") + paperKey;
  }

  private static ParseResult digest(String rest) {
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    if (words.length == 0) {
      return new Parsed(new DigestSettings());
    }
    String verb = words[0].toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "at" -> digestAt(words);
      case "weekdays" -> single(words, new DigestDays(true));
      case "daily" -> single(words, new DigestDays(false));
      case "on" -> single(words, new DigestEnabled(true));
      case "off" -> single(words, new DigestEnabled(false));
      case "preview" -> single(words, new DigestPreview());
      case "empty" -> digestWhenEmpty(words);
      default -> refused("digest", "unknown digest setting \"" + shorten(words[0]) + "\"");
    };
  }

  private static ParseResult digestAt(String[] words) {
    if (words.length < 2 || words.length > 3) {
      return refused(
          "digest", "give a time and optionally a time zone, like: digest at 08:00 Europe/Berlin");
    }
    return digestAt(words[1], words.length == 3 ? words[2] : "");
  }

  /**
   * {@code digest at}'s time of day and optional zone (empty for none), read as the grammar reads
   * them: what Discord's {@code time} and {@code zone} options are checked with.
   */
  public static ParseResult digestAt(String timeOfDay, String zone) {
    Matcher clock = CLOCK.matcher(timeOfDay.strip());
    if (!clock.matches()) {
      return refused("digest", "\"" + shorten(timeOfDay) + "\" is not a time of day like 08:00");
    }
    LocalTime time =
        LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
    if (zone.isBlank()) {
      return new Parsed(new DigestAt(time, Optional.empty()));
    }
    try {
      return new Parsed(new DigestAt(time, Optional.of(ZoneId.of(zone.strip()))));
    } catch (DateTimeException e) {
      return refused(
          "digest", "\"" + shorten(zone) + "\" is not an IANA time zone like Europe/Berlin");
    }
  }

  private static ParseResult digestWhenEmpty(String[] words) {
    if (words.length == 2 && words[1].equalsIgnoreCase("say")) {
      return new Parsed(new DigestWhenEmpty(true));
    }
    if (words.length == 2 && words[1].equalsIgnoreCase("skip")) {
      return new Parsed(new DigestWhenEmpty(false));
    }
    return refused("digest", "say \"digest empty say\" or \"digest empty skip\"");
  }

  private static ParseResult single(String[] words, Command command) {
    if (words.length > 1) {
      return refused("digest", "\"digest " + words[0] + "\" takes nothing after it");
    }
    return new Parsed(command);
  }

  private static ParseResult feed(String rest) {
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    if (words.length == 0) {
      return new Parsed(new FeedList());
    }
    return switch (words[0].toLowerCase(Locale.ROOT)) {
      case "list" ->
          words.length == 1
              ? new Parsed(new FeedList())
              : refused("feed", "\"feed list\" takes nothing after it");
      case "add" ->
          words.length == 2 || words.length == 3
              ? feedAdd(words[1], words.length == 3 ? words[2] : "")
              : refused(
                  "feed",
                  "give a feed's URL and optionally its format, like: feed add https://example.org/feed.xml");
      case "remove" ->
          words.length == 2
              ? feedRemove(words[1])
              : refused(
                  "feed", "give the feed's number from /papers feed list, like: feed remove 2");
      default -> refused("feed", "unknown feed action \"" + shorten(words[0]) + "\"");
    };
  }

  /**
   * {@code feed add}'s URL and optional format name (empty for none), read as the grammar reads
   * them: what Discord's options are checked with. Whether the URL may be fetched is the service's
   * question, not the grammar's.
   */
  public static ParseResult feedAdd(String typed, String format) {
    String url = unwrapped(typed);
    if (format.isBlank()) {
      return new Parsed(new FeedAdd(url, Optional.empty()));
    }
    Optional<ListingFormat> known = ListingFormat.fromCliName(format.strip());
    if (known.isEmpty()) {
      return refused(
          "feed",
          "\""
              + shorten(format)
              + "\" is not a format paper-radar reads; leave it out to detect it, or give one of: "
              + ListingFormat.cliNames());
    }
    return new Parsed(new FeedAdd(url, known));
  }

  /**
   * A URL as chat clients may send it: Slack wraps links as {@code <https://…>} or {@code
   * <https://…|label>} and escapes {@code &} as {@code &amp;}; the URL meant is the one inside.
   */
  static String unwrapped(String typed) {
    String url = typed.strip();
    if (url.startsWith("<") && url.endsWith(">")) {
      url = url.substring(1, url.length() - 1);
      int label = url.indexOf('|');
      url = label < 0 ? url : url.substring(0, label);
    }
    return url.replace("&amp;", "&");
  }

  /** {@code feed remove}'s number, as typed. */
  public static ParseResult feedRemove(String number) {
    if (!number.matches("\\d{1,2}")
        || Integer.parseInt(number) < 1
        || Integer.parseInt(number) > ChannelFeedStore.MAX_FEEDS_PER_CHANNEL) {
      return refused(
          "feed",
          "\""
              + shorten(number)
              + "\" is not a feed number; /papers feed list shows this channel's feeds with theirs");
    }
    return new Parsed(new FeedRemove(Integer.parseInt(number)));
  }

  private static ParseResult help(String rest) {
    String topic = rest.toLowerCase(Locale.ROOT);
    if (topic.isEmpty() || Usage.isSubcommand(topic)) {
      return new Parsed(new Help(topic));
    }
    return new Refused(
        "no help for \"" + shorten(rest) + "\": there is no such subcommand", Usage.overview());
  }

  private static ParseResult requireArgument(
      String subcommand, String rest, String problem, Function<String, Command> make) {
    return rest.isEmpty() ? refused(subcommand, problem) : new Parsed(make.apply(rest));
  }

  private static ParseResult noArgument(String subcommand, String rest, Command command) {
    return rest.isEmpty()
        ? new Parsed(command)
        : refused(subcommand, "\"" + subcommand + "\" takes no arguments");
  }

  /** A refusal of one subcommand's arguments, with that subcommand's usage. */
  public static Refused refused(String subcommand, String problem) {
    return new Refused(problem, Usage.of(subcommand).orElseThrow());
  }

  /**
   * Echoes user text back shortened, so a refusal never repeats a huge or hostile argument in full.
   */
  public static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
