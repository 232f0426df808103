package paperradar.bot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz with its JDBC job store on the papers' own database (tables made by Flyway). On PostgreSQL
 * it runs clustered, instance id AUTO, so several processes share the jobs and each fires once.
 */
public final class QuartzSetup {

  private static final String DATA_SOURCE = "paperradar";

  private QuartzSetup() {}

  /**
   * @param clustered true on PostgreSQL, where several processes may share the store
   * @param checkinMillis how often a clustered node checks in; a node silent for longer is taken
   *     over
   */
  public static Scheduler create(
      DataSource dataSource, boolean clustered, long checkinMillis, int threads, JobFactory jobs)
      throws SchedulerException {
    DBConnectionManager.getInstance()
        .addConnectionProvider(
            DATA_SOURCE,
            new ConnectionProvider() {
              @Override
              public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
              }

              @Override
              public void shutdown() {
                // The pool belongs to the application, which closes it after the scheduler.
              }

              @Override
              public void initialize() {}
            });
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", "paper-radar");
    properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    // A process hears at once of jobs it queues itself, but of other processes' jobs only when it
    // next looks; Quartz's default of 30 s let one process send a whole morning's digests alone.
    properties.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    properties.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        clustered
            ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
            : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    properties.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
    properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    // Job data holds strings only, so no Java serialization goes into the database.
    properties.setProperty("org.quartz.jobStore.useProperties", "true");
    properties.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(clustered));
    properties.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkinMillis));
    properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
    scheduler.setJobFactory(jobs);
    return scheduler;
  }
}
