package paperradar.bot.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import paperradar.bot.chat.AdapterStartFailure;
import paperradar.bot.chat.ChatAdapter;
import paperradar.bot.chat.Secrets;
import paperradar.bot.config.ConfigException;
import paperradar.bot.config.Settings;
import paperradar.bot.discord.DiscordAdapter;
import paperradar.bot.slack.SecretBox;
import paperradar.bot.slack.SlackAdapter;
import paperradar.core.assembly.RadarCore;
import paperradar.core.command.CommandService;
import paperradar.core.model.Platform;

/**
 * Decides which chat adapters run, from the secrets present: each is on when its tokens are, and
 * the reason each other one is off is kept for the start-up log and the health endpoint.
 */
final class ChatAdapters {

  private final List<ChatAdapter> adapters;
  private final Map<String, String> status;

  private ChatAdapters(List<ChatAdapter> adapters, Map<String, String> status) {
    this.adapters = adapters;
    this.status = status;
  }

  static ChatAdapters choose(
      Settings settings, Secrets secrets, CommandService commands, RadarCore core, Clock clock) {
    return choose(settings, secrets, commands, core, clock, null);
  }

  /**
   * The same, with the store in which Slack's HTTP mode records accepted requests across the
   * cluster.
   */
  static ChatAdapters choose(
      Settings settings,
      Secrets secrets,
      CommandService commands,
      RadarCore core,
      Clock clock,
      @Nullable DataSource replayStore) {
    List<ChatAdapter> adapters = new ArrayList<>();
    Map<String, String> status = new LinkedHashMap<>();
    Settings.Slack slack = settings.slack();
    if (slack.oauth()) {
      chooseSlackForManyWorkspaces(slack, secrets, commands, clock, replayStore, adapters, status);
    } else {
      String slackMissing =
          !secrets.has(Secrets.SLACK_BOT_TOKEN)
              ? Secrets.SLACK_BOT_TOKEN
              : slack.socketMode() && !secrets.has(Secrets.SLACK_APP_TOKEN)
                  ? Secrets.SLACK_APP_TOKEN
                  : !slack.socketMode() && !secrets.has(Secrets.SLACK_SIGNING_SECRET)
                      ? Secrets.SLACK_SIGNING_SECRET
                      : null;
      if (slackMissing == null) {
        adapters.add(
            new SlackAdapter(
                slack,
                new SlackAdapter.Tokens(
                    secrets.get(Secrets.SLACK_BOT_TOKEN).orElseThrow(),
                    secrets.get(Secrets.SLACK_APP_TOKEN).orElse(null),
                    secrets.get(Secrets.SLACK_SIGNING_SECRET).orElse(null)),
                commands,
                clock,
                replayStore));
      } else {
        status.put(
            Platform.SLACK.id(),
            "off (no "
                + slackMissing
                + (secrets.has(Secrets.SLACK_BOT_TOKEN)
                    ? ", which slack.mode " + slack.mode() + " needs)"
                    : ")"));
      }
    }
    if (secrets.has(Secrets.DISCORD_TOKEN)) {
      adapters.add(
          new DiscordAdapter(
              settings.discord(),
              secrets.get(Secrets.DISCORD_TOKEN).orElseThrow(),
              commands,
              core.topics()::topics));
    } else {
      status.put(Platform.DISCORD.id(), "off (no " + Secrets.DISCORD_TOKEN + ")");
    }
    return new ChatAdapters(adapters, status);
  }

  /** slack.clientId is set: OAuth installs, each team's token in the store, no SLACK_BOT_TOKEN. */
  private static void chooseSlackForManyWorkspaces(
      Settings.Slack slack,
      Secrets secrets,
      CommandService commands,
      Clock clock,
      @Nullable DataSource store,
      List<ChatAdapter> adapters,
      Map<String, String> status) {
    String missing =
        !secrets.has(Secrets.SLACK_SIGNING_SECRET)
            ? Secrets.SLACK_SIGNING_SECRET
            : !secrets.has(Secrets.SLACK_CLIENT_SECRET)
                ? Secrets.SLACK_CLIENT_SECRET
                : !secrets.has(Secrets.SECRETS_KEY) ? Secrets.SECRETS_KEY : null;
    if (missing != null || store == null) {
      status.put(
          Platform.SLACK.id(),
          "off (slack.clientId is set but "
              + (missing != null
                  ? missing + " is missing)"
                  : "there is no store for the installations)"));
      return;
    }
    SecretBox key;
    try {
      key = SecretBox.fromBase64(secrets.get(Secrets.SECRETS_KEY).orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(String.valueOf(e.getMessage()));
    }
    adapters.add(
        new SlackAdapter(
            slack,
            new SlackAdapter.Tokens(
                null,
                null,
                secrets.get(Secrets.SLACK_SIGNING_SECRET).orElseThrow(),
                secrets.get(Secrets.SLACK_CLIENT_SECRET).orElseThrow(),
                key),
            commands,
            clock,
            store));
  }

  List<ChatAdapter> adapters() {
    return adapters;
  }

  /**
   * Starts each adapter; one that cannot start stops the others and fails the start, naming itself.
   */
  void start() throws Exception {
    for (ChatAdapter adapter : adapters) {
      try {
        adapter.start();
        status.put(adapter.platform().id(), adapter.describe());
      } catch (AdapterStartFailure e) {
        closeAll();
        throw new AdapterStartException(adapter.platform() + ": " + e.getMessage(), e);
      } catch (Exception e) {
        closeAll();
        throw new AdapterStartException(
            adapter.platform() + ": could not start: " + firstLine(e), e);
      }
    }
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * Each platform's state, e.g. {@code slack=on (socket mode)}, {@code discord=off (no
   * DISCORD_TOKEN)}.
   */
  Map<String, String> status() {
    return status;
  }

  void closeAll() {
    for (ChatAdapter adapter : adapters) {
      adapter.close();
    }
  }

  /** An adapter refused to start (a refused token, an unreachable platform). */
  static final class AdapterStartException extends Exception {
    AdapterStartException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
