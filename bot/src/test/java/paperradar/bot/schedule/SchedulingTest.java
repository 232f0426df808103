package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Storing the bot's recurring triggers when several processes start on one database at once: CI
 * once saw the second process die because the first stored the sweep's trigger between the second's
 * look and store.
 */
class SchedulingTest {

  private static final TriggerKey SWEEP = new TriggerKey("digest-sweep", JobKeys.GROUP);

  @RegisterExtension final StandbyQuartz quartz = new StandbyQuartz();
  private JobDetail job;

  @BeforeEach
  void setUp() throws Exception {
    job =
        JobBuilder.newJob(DigestSweepJob.class)
            .withIdentity("digest-sweep", JobKeys.GROUP)
            .storeDurably()
            .build();
    quartz.scheduler().addJob(job, true);
  }

  @Test
  void aTriggerStoredByAnotherProcessJustBeforeOursIsReplaced() throws Exception {
    Scheduler racing = storingFirst(quartz.scheduler(), sweepEvery(60_000));

    Scheduling.upsert(racing, sweepEvery(5_000));

    assertThat(((SimpleTrigger) quartz.scheduler().getTrigger(SWEEP)).getRepeatInterval())
        .isEqualTo(5_000);
    assertThat(quartz.scheduler().getTriggersOfJob(job.getKey())).hasSize(1);
  }

  @Test
  void aTriggerNotYetStoredIsStored() throws Exception {
    Scheduling.upsert(quartz.scheduler(), sweepEvery(5_000));

    assertThat(((SimpleTrigger) quartz.scheduler().getTrigger(SWEEP)).getRepeatInterval())
        .isEqualTo(5_000);
  }

  private Trigger sweepEvery(long millis) {
    return TriggerBuilder.newTrigger()
        .withIdentity(SWEEP)
        .forJob(job)
        .startNow()
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(millis)
                .repeatForever())
        .build();
  }

  /**
   * The scheduler as one process sees it while another, on the same database, stores {@code theirs}
   * just before this process's first store: the interleaving that lost the race, made certain.
   */
  private static Scheduler storingFirst(Scheduler shared, Trigger theirs) {
    AtomicBoolean stored = new AtomicBoolean();
    return (Scheduler)
        Proxy.newProxyInstance(
            Scheduler.class.getClassLoader(),
            new Class<?>[] {Scheduler.class},
            (proxy, method, args) -> {
              if (method.getName().equals("scheduleJob") && !stored.getAndSet(true)) {
                shared.scheduleJob(theirs);
              }
              try {
                return method.invoke(shared, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
