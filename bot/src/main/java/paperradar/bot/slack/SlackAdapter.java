package paperradar.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.bot.chat.AdapterStartFailure;
import paperradar.bot.chat.ChatAdapter;
import paperradar.bot.config.Settings;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DigestSender;

/**
 * paper-radar in Slack through Bolt for Java: Socket Mode (an outgoing WebSocket, no public URL) or HTTP
 * mode (signed requests to {@code slack.port}/{@code slack.path}). Both run the same {@link App}.
 */
public final class SlackAdapter implements ChatAdapter {

  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  /** The tokens one mode needs; only ever read from {@link paperradar.bot.chat.Secrets}. */
  public record Tokens(String botToken, String appToken, String signingSecret) {
    @Override
    public String toString() {
      return "Tokens[redacted]";
    }
  }

  private final Settings.Slack settings;
  private final Tokens tokens;
  private final Slack slack;
  private final CommandService commands;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final SlackSender sender;
  private App app;
  private SocketModeApp socketMode;
  private SlackHttpServer httpServer;
  private final DataSource replayStore;

  public SlackAdapter(Settings.Slack settings, Tokens tokens, CommandService commands, Clock clock) {
    this(settings, tokens, commands, clock, null);
  }

  /**
   * @param replayStore the store in which HTTP mode records accepted signatures, so that a replay is refused
   *     by every process of a cluster; null keeps them in this process only
   */
  public SlackAdapter(Settings.Slack settings, Tokens tokens, CommandService commands, Clock clock,
      DataSource replayStore) {
    this.settings = settings;
    this.replayStore = replayStore;
    this.tokens = tokens;
    this.commands = commands;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // Bolt would log each request and response body at debug level: those hold tokens and users' text.
    config.setPrettyResponseLoggingEnabled(false);
    this.slack = Slack.getInstance(config);
    this.sender = new SlackSender(slack.methods(tokens.botToken()), clock);
  }

  /**
   * The Bolt app. Bolt calls auth.test as it builds one and reports any failure, an unreachable host
   * included, as "The token is invalid"; {@link #checkToken} runs first so that the operator reads the
   * real cause.
   */
  private App newApp() {
    AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack).singleTeamBotToken(tokens.botToken());
    if (settings.socketMode()) {
      appConfig.signingSecret(null);
    } else {
      appConfig.signingSecret(tokens.signingSecret());
    }
    App built = new App(appConfig.build());
    new SlackCommands(commands, workers).register(built);
    return built;
  }

  /** auth.test, said in one line when it fails: unreachable (and how), or the token refused (and Slack's word). */
  private void checkToken() throws AdapterStartFailure {
    AuthTestResponse answer;
    try {
      answer = slack.methods().authTest(request -> request.token(tokens.botToken()));
    } catch (IOException e) {
      throw AdapterStartFailure.unreachable(java.net.URI.create(settings.apiUrl()).getHost(), e);
    } catch (SlackApiException e) {
      throw new AdapterStartFailure("auth.test answered HTTP " + e.getResponse().code(), e);
    }
    if (!answer.isOk()) {
      throw AdapterStartFailure.tokenRefused("bot token", answer.getError());
    }
  }

  @Override
  public String platform() {
    return SlackSender.PLATFORM;
  }

  @Override
  public void start() throws Exception {
    checkToken();
    app = newApp();
    if (settings.socketMode()) {
      socketMode = new SocketModeApp(tokens.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
      socketMode.startAsync();
      log.info("slack: connected in Socket Mode");
    } else {
      app.start();
      List<SeenSignatures> seen = new ArrayList<>(List.of(new RecentSignatures()));
      if (replayStore != null) {
        seen.add(new StoredSignatures(replayStore));
      }
      // The wall clock, not the bot's: Slack stamps requests with the real time.
      SlackRequestGate gate = new SlackRequestGate(tokens.signingSecret(), seen, Clock.systemUTC());
      httpServer = SlackHttpServer.start(app, gate, settings.port(), settings.path());
      log.info("slack: listening for signed requests on port {} at {}", httpServer.port(), settings.path());
    }
  }

  /** The HTTP mode's port once started (for tests that asked for port 0); -1 in Socket Mode. */
  public int httpPort() {
    return httpServer == null ? -1 : httpServer.port();
  }

  @Override
  public DigestSender digestSender() {
    return sender;
  }

  @Override
  public String describe() {
    return settings.socketMode() ? "on (socket mode)" : "on (http mode)";
  }

  @Override
  public void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
      if (httpServer != null) {
        httpServer.close();
        app.stop();
      }
    } catch (Exception e) {
      log.warn("slack: closing failed: {}", e.toString());
    } finally {
      workers.close();
    }
  }
}
