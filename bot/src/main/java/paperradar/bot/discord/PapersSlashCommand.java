package paperradar.bot.discord;

import java.util.StringJoiner;
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
import paperradar.core.service.PapersCommandService;

/**
 * The {@code /papers} slash command: the same grammar as every platform, as Discord subcommands with
 * typed options, and its translation back into a command line for the command service.
 */
final class PapersSlashCommand {

  static final String NAME = "papers";
  static final String TOPIC = "topic";
  static final String PRIVATE = "private";

  private PapersSlashCommand() {}

  static SlashCommandData definition() {
    OptionData window = new OptionData(OptionType.STRING, "window", "How far back to look (default: day)")
        .addChoice("day", "day").addChoice("week", "week").addChoice("month", "month");
    return Commands.slash(NAME, "New and trending research papers")
        .setContexts(InteractionContextType.GUILD)
        // Everyone may read; changing subcommands check Manage Channels on the member (see DiscordCommands).
        .setDefaultPermissions(DefaultMemberPermissions.ENABLED)
        .addSubcommands(
            new SubcommandData("trending", "The papers gaining attention fastest, with why")
                .addOptions(window, topicOption("Only papers matching this topic (a search query)", false),
                    privateOption()),
            new SubcommandData("search", "Search titles, abstracts and authors")
                .addOption(OptionType.STRING, "query", "Words, \"phrases\", author:…, AND/OR/NOT", true)
                .addOptions(new OptionData(OptionType.INTEGER, "page", "Result page").setRequiredRange(1, 1_000),
                    privateOption()),
            new SubcommandData("paper", "One paper: abstract, links, signals, sources")
                .addOption(OptionType.STRING, "paper", "An arXiv id or a title", true)
                .addOptions(privateOption()),
            new SubcommandData("subscribe", "Follow a topic in this channel (needs Manage Channels)")
                .addOptions(new OptionData(OptionType.STRING, TOPIC, "A search query", true).setMaxLength(300)),
            new SubcommandData("unsubscribe", "Stop following a topic (needs Manage Channels)")
                .addOptions(topicOption("The topic, or its number in /papers topics", true)),
            new SubcommandData("topics", "This channel's topics and their matches in the last 7 days"),
            new SubcommandData("help", "How to use paper-radar")
                .addOptions(new OptionData(OptionType.STRING, "subcommand", "One subcommand's usage")
                    .addChoice("trending", "trending").addChoice("search", "search").addChoice("paper", "paper")
                    .addChoice("subscribe", "subscribe").addChoice("unsubscribe", "unsubscribe")
                    .addChoice("topics", "topics").addChoice("digest", "digest")))
        .addSubcommandGroups(new SubcommandGroupData("digest", "This channel's morning digest").addSubcommands(
            new SubcommandData("show", "Show the digest settings"),
            new SubcommandData("at", "Set the time and time zone (needs Manage Channels)")
                .addOption(OptionType.STRING, "time", "Time of day, like 08:00", true)
                .addOption(OptionType.STRING, "zone", "IANA time zone, like Europe/Berlin"),
            new SubcommandData("days", "Weekdays or every day (needs Manage Channels)")
                .addOptions(new OptionData(OptionType.STRING, "days", "Which days", true)
                    .addChoice("weekdays", "weekdays").addChoice("daily", "daily")),
            new SubcommandData("on", "Turn the digest on (needs Manage Channels)"),
            new SubcommandData("off", "Turn the digest off (needs Manage Channels)"),
            new SubcommandData("empty", "What a digest with nothing new does (needs Manage Channels)")
                .addOptions(new OptionData(OptionType.STRING, "then", "Say so, or send nothing", true)
                    .addChoice("say", "say").addChoice("skip", "skip")),
            new SubcommandData("preview", "The digest as it would go out now")));
  }

  private static OptionData topicOption(String description, boolean required) {
    return new OptionData(OptionType.STRING, TOPIC, description, required).setAutoComplete(true);
  }

  private static OptionData privateOption() {
    return new OptionData(OptionType.BOOLEAN, PRIVATE, "Show the answer only to me");
  }

  /** The command line the options stand for, e.g. {@code search diffusion page 2 --private}. */
  static String toLine(CommandInteractionPayload interaction) {
    StringJoiner line = new StringJoiner(" ");
    String group = interaction.getSubcommandGroup();
    String subcommand = interaction.getSubcommandName();
    if ("digest".equals(group)) {
      line.add("digest");
      switch (subcommand) {
        case "show" -> { }
        case "at" -> line.add("at").add(text(interaction, "time")).add(text(interaction, "zone"));
        case "days" -> line.add(text(interaction, "days"));
        case "empty" -> line.add("empty").add(text(interaction, "then"));
        default -> line.add(subcommand);
      }
      return line.toString().strip();
    }
    line.add(subcommand);
    switch (subcommand) {
      case "trending" -> line.add(text(interaction, "window").isEmpty() && !text(interaction, TOPIC).isEmpty()
          ? "day" : text(interaction, "window")).add(text(interaction, TOPIC));
      case "search" -> {
        line.add(text(interaction, "query"));
        OptionMapping page = interaction.getOption("page");
        if (page != null) {
          line.add("page").add(Long.toString(page.getAsLong()));
        }
      }
      case "paper" -> line.add(text(interaction, "paper"));
      case "subscribe", "unsubscribe" -> line.add(text(interaction, TOPIC));
      case "help" -> line.add(text(interaction, "subcommand"));
      default -> { }
    }
    OptionMapping privately = interaction.getOption(PRIVATE);
    if (privately != null && privately.getAsBoolean()) {
      line.add(PapersCommandService.PRIVATE_FLAG);
    }
    return line.toString().replaceAll(" +", " ").strip();
  }

  private static String text(CommandInteractionPayload interaction, String option) {
    OptionMapping mapping = interaction.getOption(option);
    return mapping == null ? "" : mapping.getAsString().strip();
  }
}
