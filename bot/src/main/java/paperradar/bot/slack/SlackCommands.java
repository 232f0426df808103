package paperradar.bot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandService;
import paperradar.core.command.TextCommands;
import paperradar.core.model.ChannelRef;
import paperradar.core.reply.Reply;

/**
 * Answers {@code /papers} and the buttons of its replies. Each is acknowledged at once (Slack wants
 * the ack within 3 s); the command runs afterwards on a worker and answers through the response
 * URL, one post per message of the split reply, at most the five Slack takes there.
 *
 * <p>Slack gives an app no per-channel permission to check, so anyone who can use {@code /papers}
 * in a channel may change its topics and digest; channel membership is Slack's own gate.
 */
final class SlackCommands {

  static final String COMMAND = "/papers";
  private static final Logger log = LoggerFactory.getLogger(SlackCommands.class);

  private final TextCommands commands;
  private final ExecutorService workers;

  SlackCommands(CommandService commands, ExecutorService workers) {
    // Slack delivers the text after /papers, and buttons carry the lines the core wrote: both are
    // the grammar's.
    this.commands = new TextCommands(commands);
    this.workers = workers;
  }

  void register(App app) {
    app.command(COMMAND, this::onCommand);
    app.blockAction(
        Pattern.compile(Pattern.quote(BlockKitRenderer.ACTION_PREFIX) + "\\d+"), this::onButton);
    app.blockAction(
        Pattern.compile(Pattern.quote(BlockKitRenderer.FEEDBACK_PREFIX) + "(dis)?like_\\d+"),
        this::onFeedback);
  }

  /**
   * 👍 or 👎: the answer is a private note beside the message, which stays as it was (a digest is
   * not replaced by "noted").
   */
  private Response onFeedback(BlockActionRequest request, ActionContext context) {
    var payload = request.getPayload();
    String line = payload.getActions().getFirst().getValue();
    String channelId =
        payload.getChannel() != null
            ? payload.getChannel().getId()
            : payload.getContainer().getChannelId();
    ChannelRef channel = ChannelRef.slack(payload.getTeam().getId(), channelId);
    workers.execute(
        () ->
            answer(
                channel,
                payload.getUser().getId(),
                line,
                reply -> {
                  for (BlockKitRenderer.SlackMessage message :
                      BlockKitRenderer.renderForResponseUrl(reply)) {
                    context.respond(
                        ActionResponse.builder()
                            .responseType("ephemeral")
                            .replaceOriginal(false)
                            .text(message.text())
                            .blocks(message.blocks())
                            .build());
                  }
                }));
    return context.ack();
  }

  private Response onCommand(SlashCommandRequest request, SlashCommandContext context) {
    var payload = request.getPayload();
    ChannelRef channel = ChannelRef.slack(payload.getTeamId(), payload.getChannelId());
    String line = payload.getText() == null ? "" : payload.getText();
    workers.execute(
        () ->
            answer(
                channel,
                payload.getUserId(),
                line,
                reply -> {
                  for (BlockKitRenderer.SlackMessage message :
                      BlockKitRenderer.renderForResponseUrl(reply)) {
                    context.respond(
                        SlashCommandResponse.builder()
                            .responseType(responseType(reply))
                            .text(message.text())
                            .blocks(message.blocks())
                            .build());
                  }
                }));
    return context.ack();
  }

  private Response onButton(BlockActionRequest request, ActionContext context) {
    var payload = request.getPayload();
    String line = payload.getActions().getFirst().getValue();
    String channelId =
        payload.getChannel() != null
            ? payload.getChannel().getId()
            : payload.getContainer().getChannelId();
    ChannelRef channel = ChannelRef.slack(payload.getTeam().getId(), channelId);
    workers.execute(
        () ->
            answer(
                channel,
                payload.getUser().getId(),
                line,
                reply -> {
                  List<BlockKitRenderer.SlackMessage> messages =
                      BlockKitRenderer.renderForResponseUrl(reply);
                  for (int i = 0; i < messages.size(); i++) {
                    // The first page replaces the message whose button was pressed: paging, not a
                    // new answer.
                    context.respond(
                        ActionResponse.builder()
                            .responseType(responseType(reply))
                            .replaceOriginal(i == 0)
                            .text(messages.get(i).text())
                            .blocks(messages.get(i).blocks())
                            .build());
                  }
                }));
    return context.ack();
  }

  private void answer(ChannelRef channel, String userId, String line, Responder responder) {
    Reply reply = commands.handle(new CommandContext(channel, userId, true), line);
    try {
      responder.respond(reply);
    } catch (IOException | RuntimeException e) {
      // The user's text stays out of the log; the channel and the failure are enough to follow up.
      log.warn("answering /papers in {} failed: {}", channel, e.toString());
    }
  }

  private static String responseType(Reply reply) {
    return reply.visibility() == Reply.Visibility.CHANNEL ? "in_channel" : "ephemeral";
  }

  @FunctionalInterface
  private interface Responder {
    void respond(Reply reply) throws IOException;
  }
}
