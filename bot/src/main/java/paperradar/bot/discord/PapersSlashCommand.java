package paperradar.bot.discord;

import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import paperradar.core.command.Command;
import paperradar.core.command.CommandParser;
import paperradar.core.command.ParseResult;
import paperradar.core.command.Usage;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.rank.TrendWindow;
import paperradar.core.subscribe.ChannelFeedStore;
import paperradar.core.subscribe.FeedbackStore;

/**
 * The {@code /papers} slash command: the same subcommands as every platform, as Discord subcommands
 * with typed options, and their mapping straight to {@link Command} values (never through a line of
 * text).
 */
final class PapersSlashCommand {

  static final String NAME = "papers";
  static final String TOPIC = "topic";
  static final String PRIVATE = "private";

  private PapersSlashCommand() {}

  static SlashCommandData definition() {
    OptionData window =
        new OptionData(OptionType.STRING, "window", "How far back to look (default: day)")
            .addChoice("day", "day")
            .addChoice("week", "week")
            .addChoice("month", "month");
    return Commands.slash(NAME, "New and trending research papers")
        .setContexts(InteractionContextType.GUILD)
        // Everyone may read; changing subcommands check Manage Channels on the member (see
        // DiscordCommands).
        .setDefaultPermissions(DefaultMemberPermissions.ENABLED)
        .addSubcommands(
            new SubcommandData("trending", "The papers gaining attention fastest, with why")
                .addOptions(
                    window,
                    topicOption("Only papers matching this topic (a search query)", false),
                    privateOption()),
            new SubcommandData("search", "Search titles, abstracts and authors")
                .addOption(
                    OptionType.STRING, "query", "Words, \"phrases\", author:…, AND/OR/NOT", true)
                .addOptions(
                    new OptionData(OptionType.INTEGER, "page", "Result page")
                        .setRequiredRange(1, Command.Search.MAX_PAGE),
                    privateOption()),
            new SubcommandData("paper", "One paper: abstract, links, signals, sources")
                .addOption(OptionType.STRING, "paper", "An arXiv id or a title", true)
                .addOptions(privateOption()),
            new SubcommandData("similar", "The 5 papers nearest to one by meaning")
                .addOption(OptionType.STRING, "paper", "An arXiv id or a title", true)
                .addOptions(privateOption()),
            new SubcommandData(
                    "subscribe", "Follow a topic in this channel (needs Manage Channels)")
                .addOptions(
                    new OptionData(
                            OptionType.STRING,
                            TOPIC,
                            "A search query, or ~\"a phrase\" matched by meaning",
                            true)
                        .setMaxLength(300)),
            new SubcommandData("unsubscribe", "Stop following a topic (needs Manage Channels)")
                .addOptions(topicOption("The topic, or its number in /papers topics", true)),
            new SubcommandData(
                "topics", "This channel's topics and their matches in the last 7 days"),
            new SubcommandData("like", "Tell the bot this channel liked a paper (again: take back)")
                .addOption(OptionType.STRING, "paper", "An arXiv id or a title", true),
            new SubcommandData(
                    "dislike", "Tell the bot this channel did not want a paper (again: take back)")
                .addOption(OptionType.STRING, "paper", "An arXiv id or a title", true),
            new SubcommandData("likes", "The papers this channel liked and disliked"),
            new SubcommandData("help", "How to use paper-radar")
                .addOptions(
                    new OptionData(OptionType.STRING, "subcommand", "One subcommand's usage")
                        .addChoice("trending", "trending")
                        .addChoice("search", "search")
                        .addChoice("paper", "paper")
                        .addChoice("similar", "similar")
                        .addChoice("subscribe", "subscribe")
                        .addChoice("unsubscribe", "unsubscribe")
                        .addChoice("topics", "topics")
                        .addChoice("digest", "digest")
                        .addChoice("feed", "feed")
                        .addChoice("like", "like")
                        .addChoice("dislike", "dislike")
                        .addChoice("likes", "likes")))
        .addSubcommandGroups(
            new SubcommandGroupData("digest", "This channel's morning digest")
                .addSubcommands(
                    new SubcommandData("show", "Show the digest settings"),
                    new SubcommandData("at", "Set the time and time zone (needs Manage Channels)")
                        .addOption(OptionType.STRING, "time", "Time of day, like 08:00", true)
                        .addOption(OptionType.STRING, "zone", "IANA time zone, like Europe/Berlin"),
                    new SubcommandData("days", "Weekdays or every day (needs Manage Channels)")
                        .addOptions(
                            new OptionData(OptionType.STRING, "days", "Which days", true)
                                .addChoice("weekdays", "weekdays")
                                .addChoice("daily", "daily")),
                    new SubcommandData("on", "Turn the digest on (needs Manage Channels)"),
                    new SubcommandData("off", "Turn the digest off (needs Manage Channels)"),
                    new SubcommandData(
                            "empty", "What a digest with nothing new does (needs Manage Channels)")
                        .addOptions(
                            new OptionData(
                                    OptionType.STRING, "then", "Say so, or send nothing", true)
                                .addChoice("say", "say")
                                .addChoice("skip", "skip")),
                    new SubcommandData("preview", "The digest as it would go out now")),
            new SubcommandGroupData("feed", "This channel's own feeds")
                .addSubcommands(
                    new SubcommandData("add", "Poll a feed of your own (needs Manage Channels)")
                        .addOptions(
                            new OptionData(OptionType.STRING, "url", "The feed's http(s) URL", true)
                                .setMaxLength(2000),
                            formatOption()),
                    new SubcommandData("list", "This channel's feeds and how each fares"),
                    new SubcommandData("remove", "Stop polling a feed (needs Manage Channels)")
                        .addOptions(
                            new OptionData(
                                    OptionType.INTEGER,
                                    "number",
                                    "Its number in /papers feed list",
                                    true)
                                .setRequiredRange(1, ChannelFeedStore.MAX_FEEDS_PER_CHANNEL))));
  }

  /** The listing formats, as choices: left out, the format is detected from the content. */
  private static OptionData formatOption() {
    OptionData format =
        new OptionData(OptionType.STRING, "format", "How to read it (default: detected)");
    for (ListingFormat listing : ListingFormat.values()) {
      format.addChoice(listing.cliName(), listing.cliName());
    }
    return format;
  }

  private static OptionData topicOption(String description, boolean required) {
    return new OptionData(OptionType.STRING, TOPIC, description, required).setAutoComplete(true);
  }

  private static OptionData privateOption() {
    return new OptionData(OptionType.BOOLEAN, PRIVATE, "Show the answer only to me");
  }

  /**
   * The command the options stand for, built from the typed options themselves: a query or topic is
   * taken literally (a query ending in {@code page 2} is searched as typed, a topic ending in
   * {@code --private} is that topic), and only the {@code private} option makes an answer private.
   * Options the grammar would refuse (a time that is not a time) get the grammar's refusal.
   */
  static ParseResult toCommand(CommandInteractionPayload interaction) {
    String group = interaction.getSubcommandGroup();
    String subcommand = String.valueOf(interaction.getSubcommandName());
    Optional<String> tooLong =
        interaction.getOptions().stream()
            .filter(option -> option.getType() == OptionType.STRING)
            .map(OptionMapping::getAsString)
            .filter(value -> value.length() > CommandParser.MAX_LINE)
            .findFirst();
    if (tooLong.isPresent()) {
      return new ParseResult.Refused(
          "that option is longer than " + CommandParser.MAX_LINE + " characters",
          Usage.of(group != null ? group : subcommand).orElse(Usage.overview()));
    }
    if ("digest".equals(group)) {
      return digest(interaction, subcommand);
    }
    if ("feed".equals(group)) {
      return feed(interaction, subcommand);
    }
    boolean privately = flag(interaction, PRIVATE);
    return switch (subcommand) {
      case "trending" ->
          parsed(
              new Command.Trending(
                  TrendWindow.parse(text(interaction, "window")).orElse(TrendWindow.DAY),
                  text(interaction, TOPIC),
                  privately));
      case "search" -> search(interaction, privately);
      case "paper" ->
          required(
              text(interaction, "paper"),
              "paper",
              "which paper? give an arXiv id or a title",
              paper -> new Command.ShowPaper(paper, privately));
      case "similar" ->
          required(
              text(interaction, "paper"),
              "similar",
              "similar to which paper? give an arXiv id or a title",
              paper -> new Command.Similar(paper, privately));
      case "subscribe" ->
          required(
              text(interaction, TOPIC),
              "subscribe",
              "subscribe to what? give a topic",
              Command.Subscribe::new);
      case "unsubscribe" ->
          required(
              text(interaction, TOPIC),
              "unsubscribe",
              "unsubscribe from what? give a topic or its number from /papers topics",
              Command.Unsubscribe::new);
      case "topics" -> parsed(new Command.Topics());
      case "help" -> help(text(interaction, "subcommand"));
      case "like" ->
          required(
              text(interaction, "paper"),
              "like",
              "like which paper? give an arXiv id or a title",
              paper -> new Command.GiveFeedback(FeedbackStore.Verdict.LIKE, paper));
      case "dislike" ->
          required(
              text(interaction, "paper"),
              "dislike",
              "dislike which paper? give an arXiv id or a title",
              paper -> new Command.GiveFeedback(FeedbackStore.Verdict.DISLIKE, paper));
      case "likes" -> parsed(new Command.Likes());
      default -> unknown(subcommand);
    };
  }

  private static ParseResult search(CommandInteractionPayload interaction, boolean privately) {
    String query = text(interaction, "query");
    if (query.isEmpty()) {
      return CommandParser.refused("search", "search for what? give a query");
    }
    OptionMapping page = interaction.getOption("page");
    long number = page == null ? 1 : page.getAsLong();
    if (number < 1 || number > Command.Search.MAX_PAGE) {
      return CommandParser.refused("search", CommandParser.pageProblem(Long.toString(number)));
    }
    return parsed(new Command.Search(query, (int) number, privately));
  }

  private static ParseResult digest(CommandInteractionPayload interaction, String subcommand) {
    return switch (subcommand) {
      case "show" -> parsed(new Command.DigestSettings());
      case "at" -> CommandParser.digestAt(text(interaction, "time"), text(interaction, "zone"));
      case "days" ->
          switch (text(interaction, "days")) {
            case "weekdays" -> parsed(new Command.DigestDays(true));
            case "daily" -> parsed(new Command.DigestDays(false));
            default -> CommandParser.refused("digest", "say \"weekdays\" or \"daily\"");
          };
      case "on" -> parsed(new Command.DigestEnabled(true));
      case "off" -> parsed(new Command.DigestEnabled(false));
      case "empty" ->
          switch (text(interaction, "then")) {
            case "say" -> parsed(new Command.DigestWhenEmpty(true));
            case "skip" -> parsed(new Command.DigestWhenEmpty(false));
            default ->
                CommandParser.refused(
                    "digest", "say \"digest empty say\" or \"digest empty skip\"");
          };
      case "preview" -> parsed(new Command.DigestPreview());
      default -> unknown("digest " + subcommand);
    };
  }

  private static ParseResult feed(CommandInteractionPayload interaction, String subcommand) {
    return switch (subcommand) {
      case "add" -> {
        String url = text(interaction, "url");
        yield url.isEmpty()
            ? CommandParser.refused("feed", "add which feed? give its URL")
            : CommandParser.feedAdd(url, text(interaction, "format"));
      }
      case "list" -> parsed(new Command.FeedList());
      case "remove" -> {
        OptionMapping number = interaction.getOption("number");
        yield CommandParser.feedRemove(number == null ? "" : Long.toString(number.getAsLong()));
      }
      default -> unknown("feed " + subcommand);
    };
  }

  private static ParseResult help(String subcommand) {
    if (subcommand.isEmpty() || Usage.isSubcommand(subcommand)) {
      return parsed(new Command.Help(subcommand));
    }
    return new ParseResult.Refused(
        "no help for \"" + CommandParser.shorten(subcommand) + "\": there is no such subcommand",
        Usage.overview());
  }

  /**
   * A subcommand this build does not define: Discord still has an older registration of the
   * command.
   */
  private static ParseResult unknown(String subcommand) {
    return new ParseResult.Refused(
        "unknown subcommand \"" + CommandParser.shorten(subcommand) + "\"", Usage.overview());
  }

  private static ParseResult parsed(Command command) {
    return new ParseResult.Parsed(command);
  }

  /** A required text option: Discord enforces it, but a blank value still reaches us. */
  private static ParseResult required(
      String value, String subcommand, String problem, Function<String, Command> make) {
    return value.isEmpty() ? CommandParser.refused(subcommand, problem) : parsed(make.apply(value));
  }

  private static boolean flag(CommandInteractionPayload interaction, String option) {
    OptionMapping mapping = interaction.getOption(option);
    return mapping != null && mapping.getAsBoolean();
  }

  private static String text(CommandInteractionPayload interaction, String option) {
    OptionMapping mapping = interaction.getOption(option);
    return mapping == null ? "" : mapping.getAsString().strip();
  }
}
