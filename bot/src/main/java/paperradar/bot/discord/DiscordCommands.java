package paperradar.bot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandParser;
import paperradar.core.command.CommandService;
import paperradar.core.command.ParseResult;
import paperradar.core.command.TextCommands;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;
import paperradar.core.subscribe.Topic;

/**
 * Answers {@code /papers}, its autocomplete and its buttons. A command that answers within {@link
 * #ANSWER_BUDGET} is replied to at once, with the reply's own visibility; a slower one is deferred
 * first (Discord wants an answer within 3 s) and finished through the interaction hook.
 *
 * <p>Changing subcommands need Manage Channels: Discord's default member permissions apply to a
 * whole top-level command, and {@code /papers trending} must stay open to everyone, so the member's
 * permission in the channel is checked here instead.
 */
final class DiscordCommands extends ListenerAdapter {

  static final Duration ANSWER_BUDGET = Duration.ofMillis(1_500);
  private static final Logger log = LoggerFactory.getLogger(DiscordCommands.class);
  private static final int MAX_CHOICES = 25;

  private final CommandService commands;
  private final TextCommands lines;
  private final Function<ChannelRef, List<Topic>> topics;
  private final ExecutorService workers;

  DiscordCommands(
      CommandService commands, Function<ChannelRef, List<Topic>> topics, ExecutorService workers) {
    this.commands = commands;
    this.lines = new TextCommands(commands);
    this.topics = topics;
    this.workers = workers;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!PapersSlashCommand.NAME.equals(event.getName()) || event.getGuild() == null) {
      return;
    }
    CommandContext context =
        context(
            event.getGuild().getId(),
            channelId(event),
            event.getUser().getId(),
            event.getMember(),
            event.getGuildChannel());
    ParseResult parsed = PapersSlashCommand.toCommand(event);
    Supplier<Reply> work =
        switch (parsed) {
          case ParseResult.Refused refused -> refused::reply;
          case ParseResult.Parsed command -> () -> commands.handle(context, command.command());
        };
    // Deferring must say at once whether the answer will be private; the command knows.
    boolean askerOnly =
        switch (parsed) {
          case ParseResult.Refused refused -> true;
          case ParseResult.Parsed command -> command.command().answersAskerOnly();
        };
    workers.execute(
        () -> {
          CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(work, workers);
          Reply reply;
          try {
            reply = answer.get(ANSWER_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
          } catch (TimeoutException slow) {
            event.deferReply(askerOnly).queue();
            answer.thenAccept(late -> sendAll(event.getHook(), EmbedRenderer.render(late)));
            return;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          } catch (ExecutionException e) {
            // handle() answers every command; reaching here is a bug, and the user sees Discord's
            // own failure note.
            log.error("/papers in {} failed", context.channel(), e.getCause());
            return;
          }
          List<MessageCreateData> messages = EmbedRenderer.render(reply);
          boolean ephemeral = reply.visibility() == Reply.Visibility.EPHEMERAL;
          event
              .reply(messages.getFirst())
              .setEphemeral(ephemeral)
              .queue(
                  sent ->
                      sendAll(
                          event.getHook().setEphemeral(ephemeral),
                          messages.subList(1, messages.size())),
                  failure ->
                      log.warn(
                          "answering /papers in {} failed: {}",
                          context.channel(),
                          failure.toString()));
        });
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    if (!id.startsWith(EmbedRenderer.BUTTON_PREFIX) || event.getGuild() == null) {
      return;
    }
    CommandContext context =
        context(
            event.getGuild().getId(),
            channelId(event),
            event.getUser().getId(),
            event.getMember(),
            event.getGuildChannel());
    // A button carries a line the core wrote (Previous, Next, 👍, 👎): the text grammar reads it.
    String line = id.substring(EmbedRenderer.BUTTON_PREFIX.length());
    if (isFeedback(line)) {
      // 👍 and 👎 answer privately beside the message, which stays as it was.
      event.deferReply(true).queue();
      workers.execute(
          () -> sendAll(event.getHook(), EmbedRenderer.render(lines.handle(context, line))));
      return;
    }
    // Paging edits the message whose button was pressed.
    event.deferEdit().queue();
    workers.execute(
        () -> {
          List<MessageCreateData> messages = EmbedRenderer.render(lines.handle(context, line));
          event.getHook().editOriginal(MessageEditData.fromCreateData(messages.getFirst())).queue();
          sendAll(event.getHook(), messages.subList(1, messages.size()));
        });
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!PapersSlashCommand.NAME.equals(event.getName())
        || event.getGuild() == null
        || !PapersSlashCommand.TOPIC.equals(event.getFocusedOption().getName())) {
      return;
    }
    ChannelRef channel = ChannelRef.discord(event.getGuild().getId(), channelId(event));
    String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
    workers.execute(
        () -> {
          List<Command.Choice> choices = new ArrayList<>();
          List<Topic> channelTopics = topics.apply(channel);
          for (int i = 0; i < channelTopics.size() && choices.size() < MAX_CHOICES; i++) {
            String query = channelTopics.get(i).query();
            if (query.toLowerCase(Locale.ROOT).contains(typed)) {
              String name = cut((i + 1) + ". " + query, 100);
              // A value holds 100 characters; a longer topic is chosen by its number, which
              // unsubscribe takes too.
              choices.add(
                  new Command.Choice(
                      name, query.length() <= 100 ? query : Integer.toString(i + 1)));
            }
          }
          event.replyChoices(choices).queue();
        });
  }

  private static boolean isFeedback(String line) {
    return CommandParser.parse(line) instanceof ParseResult.Parsed parsed
        && parsed.command() instanceof paperradar.core.command.Command.GiveFeedback;
  }

  /** Who asks where: only a member who may manage the channel may change its topics and digests. */
  static CommandContext context(
      String guildId,
      String channelId,
      String userId,
      @Nullable Member member,
      GuildChannel channel) {
    boolean mayChange = member != null && member.hasPermission(channel, Permission.MANAGE_CHANNEL);
    return new CommandContext(ChannelRef.discord(guildId, channelId), userId, mayChange);
  }

  /** An interaction in a guild always comes from one of its channels. */
  private static String channelId(Interaction event) {
    return Objects.requireNonNull(event.getChannelId(), "a guild interaction without a channel");
  }

  private static void sendAll(InteractionHook hook, List<MessageCreateData> messages) {
    for (MessageCreateData message : messages) {
      hook.sendMessage(message).queue();
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
