package paperradar.bot.slack;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import paperradar.core.model.Platform;
import paperradar.core.store.Jdbc;

/**
 * {@link InstallationStore} in the store's {@code slack_installations} table, the bot token sealed
 * by a {@link SecretBox}. An uninstall marks the team's Slack channels inactive with {@link
 * #UNINSTALLED} as the reason, in the same transaction; a reinstall reactivates exactly those, not
 * channels that failed for reasons of their own.
 */
public final class JdbcInstallationStore implements InstallationStore {

  /** The inactive reason of channels whose workspace removed the app. */
  static final String UNINSTALLED = "the Slack app was uninstalled from this workspace";

  private static final String COLUMNS =
      "team_id, enterprise_id, app_id, bot_id, bot_user_id, bot_scope,"
          + " bot_token_sealed, installer_user_id, installed_at";

  private final DataSource dataSource;
  private final SecretBox box;
  private final Clock clock;

  public JdbcInstallationStore(DataSource dataSource, SecretBox box, Clock clock) {
    this.dataSource = dataSource;
    this.box = box;
    this.clock = clock;
  }

  @Override
  public void save(Installation installation) {
    inTransaction(
        connection -> {
          Jdbc.update(
              connection,
              "DELETE FROM slack_installations WHERE team_id = ?",
              s -> s.setString(1, installation.teamId()));
          Jdbc.update(
              connection,
              "INSERT INTO slack_installations ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              s -> {
                s.setString(1, installation.teamId());
                s.setString(2, installation.enterpriseId());
                s.setString(3, installation.appId());
                s.setString(4, installation.botId());
                s.setString(5, installation.botUserId());
                s.setString(6, installation.botScope());
                s.setString(7, box.seal(installation.botToken()));
                s.setString(8, installation.installerUserId());
                s.setObject(9, Jdbc.timestamp(installation.installedAt()));
              });
          Jdbc.update(
              connection,
              "UPDATE channels SET active = TRUE, inactive_reason = NULL, updated_at = ?"
                  + " WHERE platform = ? AND workspace = ? AND active = FALSE AND inactive_reason = ?",
              s -> {
                s.setObject(1, Jdbc.timestamp(clock.instant()));
                s.setString(2, Platform.SLACK.id());
                s.setString(3, installation.teamId());
                s.setString(4, UNINSTALLED);
              });
          return true;
        });
  }

  @Override
  public Optional<Installation> find(String teamId) {
    List<Installation> found =
        inTransaction(
            connection ->
                Jdbc.query(
                    connection,
                    "SELECT " + COLUMNS + " FROM slack_installations WHERE team_id = ?",
                    s -> s.setString(1, teamId),
                    row ->
                        new Installation(
                            row.getString("team_id"),
                            row.getString("enterprise_id"),
                            row.getString("app_id"),
                            row.getString("bot_id"),
                            row.getString("bot_user_id"),
                            row.getString("bot_scope"),
                            box.open(row.getString("bot_token_sealed")),
                            row.getString("installer_user_id"),
                            Jdbc.instant(row, "installed_at"))));
    return found.stream().findFirst();
  }

  @Override
  public boolean remove(String teamId) {
    return inTransaction(
        connection -> {
          int removed =
              Jdbc.update(
                  connection,
                  "DELETE FROM slack_installations WHERE team_id = ?",
                  s -> s.setString(1, teamId));
          Jdbc.update(
              connection,
              "UPDATE channels SET active = FALSE, inactive_reason = ?, updated_at = ?"
                  + " WHERE platform = ? AND workspace = ? AND active = TRUE",
              s -> {
                s.setString(1, UNINSTALLED);
                s.setObject(2, Jdbc.timestamp(clock.instant()));
                s.setString(3, Platform.SLACK.id());
                s.setString(4, teamId);
              });
          return removed > 0;
        });
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // The message names the statement's failure; no value bound to it (the sealed token included)
      // is in it.
      throw new IllegalStateException(
          "the Slack installations cannot be read or written: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
