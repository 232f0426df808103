package paperradar.bot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's view of the {@link InstallationStore}: the OAuth redirect saves through it, and Bolt's
 * multi-team authorization finds each request's bot token through it. Only the bot is kept (the app
 * asks for no user scopes), one per team; an org-wide Enterprise Grid install (no team) is not
 * offered by the manifest.
 */
final class BoltInstallations implements InstallationService {

  private static final Logger log = LoggerFactory.getLogger(BoltInstallations.class);

  private final InstallationStore store;
  private final Clock clock;

  BoltInstallations(InstallationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    // Only the current installation of each team is kept.
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    if (installer.getTeamId() == null || installer.getBotAccessToken() == null) {
      throw new IllegalArgumentException(
          "an installation without a team or a bot token (an org-wide install?)");
    }
    Instant installedAt =
        installer.getInstalledAt() == null
            ? clock.instant()
            : Instant.ofEpochMilli(installer.getInstalledAt());
    Installation installation =
        new Installation(
            installer.getTeamId(),
            installer.getEnterpriseId(),
            installer.getAppId(),
            installer.getBotId(),
            installer.getBotUserId(),
            installer.getBotScope(),
            installer.getBotAccessToken(),
            installer.getInstallerUserId(),
            installedAt);
    store.save(installation);
    log.info("slack: installed in team {}", installation.teamId());
  }

  @Override
  public void deleteBot(Bot bot) {
    remove(bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    remove(installer.getTeamId());
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    remove(teamId);
  }

  void remove(String teamId) {
    if (teamId != null && store.remove(teamId)) {
      log.info(
          "slack: uninstalled from team {}; its digests stop until it installs the app again",
          teamId);
    }
  }

  @Override
  public @Nullable Bot findBot(@Nullable String enterpriseId, @Nullable String teamId) {
    Installer installer = findInstaller(enterpriseId, teamId, null);
    if (installer == null) {
      return null;
    }
    Bot bot = installer.toBot();
    // Bolt's toBot() copies the bot's scopes into the legacy "scope" field only.
    bot.setBotScope(installer.getBotScope());
    return bot;
  }

  @Override
  public @Nullable Installer findInstaller(
      @Nullable String enterpriseId, @Nullable String teamId, @Nullable String userId) {
    if (teamId == null) {
      return null;
    }
    return store.find(teamId).map(BoltInstallations::installer).orElse(null);
  }

  private static Installer installer(Installation installation) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setTeamId(installation.teamId());
    installer.setEnterpriseId(installation.enterpriseId());
    installer.setAppId(installation.appId());
    installer.setBotId(installation.botId());
    installer.setBotUserId(installation.botUserId());
    installer.setBotScope(installation.botScope());
    installer.setBotAccessToken(installation.botToken());
    installer.setInstallerUserId(installation.installerUserId());
    installer.setIsEnterpriseInstall(false);
    installer.setInstalledAt(installation.installedAt().toEpochMilli());
    return installer;
  }
}
