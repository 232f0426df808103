package paperradar.bot.slack;

import java.util.Optional;

/**
 * The Slack workspaces this deployment serves and their bot tokens. Removing a team also stops its
 * digests; installing it again brings them back.
 */
public interface InstallationStore {

  /**
   * Saves or replaces the team's installation, and resumes the digests an uninstall stopped there.
   */
  void save(Installation installation);

  Optional<Installation> find(String teamId);

  /** Forgets the team's installation and stops its channels' digests; false when there was none. */
  boolean remove(String teamId);
}
