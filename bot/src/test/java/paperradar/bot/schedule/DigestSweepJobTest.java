package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Database;

/**
 * Queuing a digest's job on Quartz's JDBC store, as the sweep does: once while it is queued, and again
 * when what a crash left behind could never run. The scheduler stays in standby, so nothing fires.
 */
class DigestSweepJobTest {

  private static final ChannelRef CHANNEL = new ChannelRef("webhook", "lab", "c1");

  @TempDir Path temp;
  private Database database;
  private Scheduler scheduler;

  @BeforeEach
  void setUp() throws Exception {
    database = Database.embedded(temp);
    scheduler = QuartzSetup.create(database.dataSource(), false, 1000, 1, (bundle, s) -> {
      throw new AssertionError("nothing runs in standby");
    });
  }

  @AfterEach
  void tearDown() throws Exception {
    scheduler.shutdown(false);
    database.close();
  }

  @Test
  void aQueuedJobIsQueuedOnce() throws Exception {
    DigestSweepJob.queue(scheduler, deliver());
    DigestSweepJob.queue(scheduler, deliver());

    assertThat(scheduler.getTriggersOfJob(deliver().getKey())).hasSize(1);
  }

  @Test
  void aJobWhoseTriggerIsInErrorIsRunAgain() throws Exception {
    DigestSweepJob.queue(scheduler, deliver());
    Trigger trigger = scheduler.getTriggersOfJob(deliver().getKey()).getFirst();
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement error = connection.prepareStatement(
            "UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ERROR' WHERE TRIGGER_NAME = ?")) {
      error.setString(1, trigger.getKey().getName());
      assertThat(error.executeUpdate()).isEqualTo(1);
    }
    assertThat(scheduler.getTriggerState(trigger.getKey())).isEqualTo(Trigger.TriggerState.ERROR);

    DigestSweepJob.queue(scheduler, deliver());

    assertThat(scheduler.getTriggerState(trigger.getKey())).isEqualTo(Trigger.TriggerState.NORMAL);
  }

  @Test
  void aJobLeftWithoutATriggerGetsOne() throws Exception {
    scheduler.addJob(deliver(), false, true);
    assertThat(scheduler.getTriggersOfJob(deliver().getKey())).isEmpty();

    DigestSweepJob.queue(scheduler, deliver());

    assertThat(scheduler.getTriggersOfJob(deliver().getKey())).hasSize(1);
  }

  private static JobDetail deliver() {
    return JobBuilder.newJob(DeliverDigestJob.class)
        .withIdentity(JobKeys.deliverName(CHANNEL, LocalDate.of(2026, 12, 3)), JobKeys.GROUP)
        .usingJobData(JobKeys.channelData(CHANNEL, LocalDate.of(2026, 12, 3)))
        .requestRecovery(true)
        .build();
  }
}
