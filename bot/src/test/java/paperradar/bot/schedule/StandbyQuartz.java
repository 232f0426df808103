package paperradar.bot.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.quartz.Scheduler;
import paperradar.core.store.Database;

/**
 * Quartz's real JDBC job store on a fresh embedded database for each test, kept in standby so that
 * nothing fires: for tests of what the bot stores in the job store, not of what runs.
 */
final class StandbyQuartz implements BeforeEachCallback, AfterEachCallback {

  private Path directory;
  private Database database;
  private Scheduler scheduler;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    directory = Files.createTempDirectory("standby-quartz");
    database = Database.embedded(directory);
    scheduler =
        QuartzSetup.create(
            database.dataSource(),
            false,
            1000,
            1,
            (bundle, s) -> {
              throw new AssertionError("nothing runs in standby");
            });
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    scheduler.shutdown(false);
    database.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  Scheduler scheduler() {
    return scheduler;
  }

  Database database() {
    return database;
  }
}
