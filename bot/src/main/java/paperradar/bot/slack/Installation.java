package paperradar.bot.slack;

import java.time.Instant;
import java.util.Objects;

/**
 * One Slack workspace's installation of the app: the bot it got and that bot's token.
 *
 * @param enterpriseId the Enterprise Grid organisation, or null
 */
public record Installation(
    String teamId,
    String enterpriseId,
    String appId,
    String botId,
    String botUserId,
    String botScope,
    String botToken,
    String installerUserId,
    Instant installedAt) {

  public Installation {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(botUserId, "botUserId");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(installedAt, "installedAt");
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "Installation[team="
        + teamId
        + ", enterprise="
        + enterpriseId
        + ", botUser="
        + botUserId
        + "]";
  }
}
