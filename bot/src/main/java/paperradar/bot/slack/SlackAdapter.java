package paperradar.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.bot.chat.AdapterStartFailure;
import paperradar.bot.chat.ChatAdapter;
import paperradar.bot.config.Settings;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DigestSender;
import paperradar.core.deliver.Sleeper;
import paperradar.core.model.Platform;

/**
 * paper-radar in Slack through Bolt for Java: Socket Mode (an outgoing WebSocket, no public URL) or
 * HTTP mode (signed requests to {@code slack.port}/{@code slack.path}). Both run the same {@link
 * App}.
 *
 * <p>With {@code slack.clientId} (HTTP mode) it serves many workspaces: each installs the app
 * through OAuth v2 at {@code slack.installPath}, Slack sends the installer back to {@code
 * slack.redirectPath}, and the installation (its bot token sealed) goes to the store. Every
 * command, button and digest then uses the token of its own team; {@code app_uninstalled} and
 * {@code tokens_revoked} remove the team and stop its digests until it installs again.
 */
public final class SlackAdapter implements ChatAdapter {

  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  /** The bot scopes the app asks each workspace for: the manifest's, in the same order. */
  static final String SCOPES =
      "commands,chat:write,chat:write.public,channels:history,groups:history";

  /**
   * The tokens one mode needs; only ever read from {@link paperradar.bot.chat.Secrets}. With OAuth
   * there is no bot token (each team has its own) but a client secret and the key that seals the
   * teams' tokens.
   */
  public record Tokens(
      @Nullable String botToken,
      @Nullable String appToken,
      @Nullable String signingSecret,
      @Nullable String clientSecret,
      @Nullable SecretBox secretsKey) {

    public Tokens(
        @Nullable String botToken, @Nullable String appToken, @Nullable String signingSecret) {
      this(botToken, appToken, signingSecret, null, null);
    }

    @Override
    public String toString() {
      return "Tokens[redacted]";
    }
  }

  private final Settings.Slack settings;
  private final Tokens tokens;
  private final Slack slack;
  private final CommandService commands;
  private final Clock clock;
  private final @Nullable InstallationStore installations;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final SlackSender sender;
  private @Nullable App app;
  private @Nullable SocketModeApp socketMode;
  private @Nullable SlackHttpServer httpServer;
  private final @Nullable DataSource replayStore;

  public SlackAdapter(
      Settings.Slack settings, Tokens tokens, CommandService commands, Clock clock) {
    this(settings, tokens, commands, clock, null);
  }

  /**
   * @param replayStore the store in which HTTP mode records accepted signatures, so that a replay
   *     is refused by every process of a cluster; null keeps them in this process only
   */
  public SlackAdapter(
      Settings.Slack settings,
      Tokens tokens,
      CommandService commands,
      Clock clock,
      @Nullable DataSource replayStore) {
    this.settings = settings;
    this.replayStore = replayStore;
    this.tokens = tokens;
    this.commands = commands;
    this.clock = clock;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // Bolt would log each request and response body at debug level: those hold tokens and users'
    // text.
    config.setPrettyResponseLoggingEnabled(false);
    this.slack = Slack.getInstance(config);
    if (settings.oauth()) {
      if (replayStore == null || tokens.clientSecret() == null || tokens.secretsKey() == null) {
        throw new IllegalArgumentException(
            "slack.clientId needs the store, SLACK_CLIENT_SECRET and " + SecretBox.KEY_VARIABLE);
      }
      this.installations = new JdbcInstallationStore(replayStore, tokens.secretsKey(), clock);
      this.sender = new SlackSender(slack, installations, clock, Sleeper.REAL);
    } else {
      this.installations = null;
      this.sender = new SlackSender(slack.methods(tokens.botToken()), clock);
    }
  }

  /**
   * The Bolt app. Bolt calls auth.test as it builds one and reports any failure, an unreachable
   * host included, as "The token is invalid"; {@link #checkToken} runs first so that the operator
   * reads the real cause.
   */
  private App newApp() {
    AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack);
    if (settings.socketMode()) {
      appConfig.signingSecret(null);
    } else {
      appConfig.signingSecret(tokens.signingSecret());
    }
    App built =
        settings.oauth()
            ? newOAuthApp(appConfig)
            : new App(appConfig.singleTeamBotToken(tokens.botToken()).build());
    new SlackCommands(commands, workers).register(built);
    return built;
  }

  /**
   * Many workspaces: no single-team token; Bolt's multi-team authorization finds each request's bot
   * by team.
   */
  private App newOAuthApp(AppConfig.AppConfigBuilder appConfig) {
    App built =
        new App(
            appConfig
                .clientId(settings.clientId())
                .clientSecret(tokens.clientSecret())
                .scope(SCOPES)
                .oauthInstallPath(settings.installPath())
                .oauthRedirectUriPath(settings.redirectPath())
                .redirectUri(settings.redirectUrl())
                .oAuthInstallPageRenderingEnabled(false)
                .build());
    BoltInstallations bolt =
        new BoltInstallations(Objects.requireNonNull(installations, "installations"), clock);
    built.asOAuthApp(true);
    built.service(bolt);
    built.service(new JdbcOAuthStates(Objects.requireNonNull(replayStore, "replayStore"), clock));
    // Bolt's default answers a refused state with 200; a browser, a proxy and a monitor should see
    // a refusal.
    built.oauthCallbackStateError(
        (request, response) -> {
          // The code in the request stays out of the log: with the client secret it would be an
          // installation.
          log.info(
              "slack: refused an install redirect: its state is unknown, used, expired or not this browser's");
          return refusal(
              response,
              "This install link has expired or was already used. Start again from the"
                  + " install page.");
        });
    built.oauthCallbackAccessError(
        (OAuthV2AccessErrorHandler)
            (request, response, access) ->
                refusal(
                    response,
                    "Slack did not accept the installation ("
                        + String.valueOf(access.getError()).replaceAll("[^A-Za-z0-9_]", "")
                        + "). Start again from the"
                        + " install page."));
    built.event(
        AppUninstalledEvent.class,
        (payload, context) -> {
          bolt.remove(payload.getTeamId());
          return context.ack();
        });
    built.event(
        TokensRevokedEvent.class,
        (payload, context) -> {
          // A revoked bot token leaves the team nothing to post with; revoked user tokens change
          // nothing here.
          var revoked = payload.getEvent().getTokens();
          if (revoked != null && revoked.getBot() != null && !revoked.getBot().isEmpty()) {
            bolt.remove(payload.getTeamId());
          }
          return context.ack();
        });
    return built;
  }

  private static Response refusal(Response response, String text) {
    response.setStatusCode(400);
    response.setContentType("text/html; charset=utf-8");
    response.setBody(
        "<!DOCTYPE html><html><head><title>paper-radar</title></head><body><p>"
            + text
            + "</p></body></html>");
    return response;
  }

  /** The workspaces that installed the app; empty unless it serves many through OAuth. */
  public Optional<InstallationStore> installations() {
    return Optional.ofNullable(installations);
  }

  /**
   * auth.test, said in one line when it fails: unreachable (and how), or the token refused (and
   * Slack's word).
   */
  private void checkToken() throws AdapterStartFailure {
    AuthTestResponse answer;
    try {
      answer = slack.methods().authTest(request -> request.token(tokens.botToken()));
    } catch (IOException e) {
      throw AdapterStartFailure.unreachable(URI.create(settings.apiUrl()).getHost(), e);
    } catch (SlackApiException e) {
      throw new AdapterStartFailure("auth.test answered HTTP " + e.getResponse().code(), e);
    }
    if (!answer.isOk()) {
      throw AdapterStartFailure.tokenRefused("bot token", answer.getError());
    }
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public void start() throws Exception {
    if (!settings.oauth()) {
      // With OAuth there is no one token to check: each workspace's is checked as its requests
      // come.
      checkToken();
    }
    app = newApp();
    if (settings.socketMode()) {
      socketMode =
          new SocketModeApp(tokens.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
      socketMode.startAsync();
      log.info("slack: connected in Socket Mode");
    } else {
      app.start();
      List<SeenSignatures> seen = new ArrayList<>(List.of(new RecentSignatures()));
      if (replayStore != null) {
        seen.add(new StoredSignatures(replayStore));
      }
      // The wall clock, not the bot's: Slack stamps requests with the real time.
      SlackRequestGate gate =
          new SlackRequestGate(
              Objects.requireNonNull(tokens.signingSecret(), "HTTP mode needs a signing secret"),
              seen,
              Clock.systemUTC());
      httpServer =
          SlackHttpServer.start(
              app,
              gate,
              settings.port(),
              settings.path(),
              settings.oauth()
                  ? new SlackHttpServer.OAuthPaths(settings.installPath(), settings.redirectPath())
                  : null);
      log.info(
          "slack: listening for signed requests on port {} at {}",
          httpServer.port(),
          settings.path());
      if (settings.oauth()) {
        log.info(
            "slack: workspaces install the app at {}{}; Slack redirects them to {}",
            settings.publicUrl(),
            settings.installPath(),
            settings.redirectUrl());
      }
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
    return settings.socketMode()
        ? "on (socket mode)"
        : settings.oauth() ? "on (http mode, many workspaces)" : "on (http mode)";
  }

  @Override
  public void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
      if (httpServer != null) {
        httpServer.close();
        if (app != null) {
          app.stop();
        }
      }
    } catch (Exception e) {
      log.warn("slack: closing failed: {}", e.toString());
    } finally {
      workers.close();
    }
  }
}
