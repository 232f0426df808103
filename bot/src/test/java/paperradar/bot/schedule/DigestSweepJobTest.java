package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import paperradar.core.model.ChannelRef;

/**
 * Queuing a digest's job on Quartz's JDBC store, as the sweep does: once while it is queued, and
 * again when what a crash left behind could never run. The scheduler stays in standby, so nothing
 * fires.
 */
class DigestSweepJobTest {

  private static final ChannelRef CHANNEL = ChannelRef.webhook("lab", "c1");

  @RegisterExtension final StandbyQuartz quartz = new StandbyQuartz();

  @Test
  void aQueuedJobIsQueuedOnce() throws Exception {
    DigestSweepJob.queue(quartz.scheduler(), deliver());
    DigestSweepJob.queue(quartz.scheduler(), deliver());

    assertThat(quartz.scheduler().getTriggersOfJob(deliver().getKey())).hasSize(1);
  }

  @Test
  void aJobWhoseTriggerIsInErrorIsRunAgain() throws Exception {
    DigestSweepJob.queue(quartz.scheduler(), deliver());
    Trigger trigger = quartz.scheduler().getTriggersOfJob(deliver().getKey()).getFirst();
    try (Connection connection = quartz.database().dataSource().getConnection();
        PreparedStatement error =
            connection.prepareStatement(
                "UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ERROR' WHERE TRIGGER_NAME = ?")) {
      error.setString(1, trigger.getKey().getName());
      assertThat(error.executeUpdate()).isEqualTo(1);
    }
    assertThat(quartz.scheduler().getTriggerState(trigger.getKey()))
        .isEqualTo(Trigger.TriggerState.ERROR);

    DigestSweepJob.queue(quartz.scheduler(), deliver());

    assertThat(quartz.scheduler().getTriggerState(trigger.getKey()))
        .isEqualTo(Trigger.TriggerState.NORMAL);
  }

  @Test
  void aJobLeftWithoutATriggerGetsOne() throws Exception {
    quartz.scheduler().addJob(deliver(), false, true);
    assertThat(quartz.scheduler().getTriggersOfJob(deliver().getKey())).isEmpty();

    DigestSweepJob.queue(quartz.scheduler(), deliver());

    assertThat(quartz.scheduler().getTriggersOfJob(deliver().getKey())).hasSize(1);
  }

  private static JobDetail deliver() {
    return JobBuilder.newJob(DeliverDigestJob.class)
        .withIdentity(JobKeys.deliverName(CHANNEL, LocalDate.of(2026, 12, 3)), JobKeys.GROUP)
        .usingJobData(JobKeys.channelData(CHANNEL, LocalDate.of(2026, 12, 3)))
        .requestRecovery(true)
        .build();
  }
}
