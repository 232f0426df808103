package paperradar.core.service;

import java.util.List;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.digest.Digest;
import paperradar.core.digest.DigestComposer;
import paperradar.core.digest.DigestReplies;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;

/** digest and its settings. Settings answers are for the asker only. */
public final class DigestCommands {

  private final ChannelStore channels;
  private final DigestComposer digests;

  public DigestCommands(ChannelStore channels, DigestComposer digests) {
    this.channels = channels;
    this.digests = digests;
  }

  Reply show(CommandContext context) {
    return settingsReply("", channels.settings(context.channel()));
  }

  Reply at(CommandContext context, Command.DigestAt command) {
    ChannelSettings changed =
        channels.update(
            context.channel(),
            settings ->
                settings
                    .at(command.time(), command.zone().orElse(settings.zone()))
                    .active(true, null));
    return settingsReply("Done. ", changed);
  }

  Reply days(CommandContext context, Command.DigestDays command) {
    ChannelSettings changed =
        channels.update(
            context.channel(),
            settings -> settings.weekdaysOnly(command.weekdaysOnly()).active(true, null));
    return settingsReply("Done. ", changed);
  }

  Reply enabled(CommandContext context, Command.DigestEnabled command) {
    ChannelSettings changed =
        channels.update(
            context.channel(), settings -> settings.enabled(command.enabled()).active(true, null));
    return settingsReply("Done. ", changed);
  }

  Reply whenEmpty(CommandContext context, Command.DigestWhenEmpty command) {
    ChannelSettings changed =
        channels.update(
            context.channel(),
            settings -> settings.sayWhenEmpty(command.sayNothingNew()).active(true, null));
    return settingsReply("Done. ", changed);
  }

  Reply preview(CommandContext context) {
    ChannelSettings settings = channels.settings(context.channel());
    Digest digest = digests.compose(context.channel(), settings.zone());
    Reply reply = DigestReplies.of(digest);
    return reply.withVisibility(Reply.Visibility.EPHEMERAL);
  }

  static String describe(ChannelSettings settings) {
    if (!settings.active()) {
      return "The digest is stopped: "
          + settings.inactiveReason()
          + ". Any setting turns it back on.";
    }
    if (!settings.enabled()) {
      return "The digest is off. /papers digest on turns it on.";
    }
    return "The digest goes out at "
        + settings.time()
        + " "
        + settings.zone().getId()
        + ", "
        + (settings.weekdaysOnly() ? "Monday to Friday" : "every day")
        + ". When there is nothing new it "
        + (settings.sayWhenEmpty() ? "says so." : "is skipped.");
  }

  private static Reply settingsReply(String prefix, ChannelSettings settings) {
    return Reply.ephemeral(List.of(new ReplyPart.Text(prefix + describe(settings))));
  }
}
