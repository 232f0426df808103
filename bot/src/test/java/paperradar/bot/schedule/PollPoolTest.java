package paperradar.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import paperradar.core.poll.Source;

/** A source that hangs must not hold the Quartz thread a due digest needs. */
class PollPoolTest {

  private static final Source HANGING =
      new Source("http://127.0.0.1:9/hangs", Optional.empty(), Duration.ofMinutes(5));

  /** Stands for the digest sweep: any job that shares Quartz's threads with the polls. */
  public static final class DueDigest implements Job {
    static final CountDownLatch RAN = new CountDownLatch(1);

    @Override
    public void execute(org.quartz.JobExecutionContext context) {
      RAN.countDown();
    }
  }

  @Test
  void aHangingSourceDoesNotDelayADueDigestOnASingleQuartzThread() throws Exception {
    CountDownLatch pollStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (PollPool pool =
        new PollPool(
            source -> {
              pollStarted.countDown();
              awaitQuietly(release); // the fetch that never ends (until the test is over)
            })) {
      JobFactory factory =
          (bundle, scheduler) ->
              bundle.getJobDetail().getJobClass() == PollSourceJob.class
                  ? new PollSourceJob(pool, Map.of(HANGING.url(), HANGING))
                  : new DueDigest();
      Scheduler scheduler = oneThreadScheduler(factory);
      try {
        JobDetail poll =
            JobBuilder.newJob(PollSourceJob.class)
                .withIdentity("poll")
                .usingJobData("url", HANGING.url())
                .build();
        scheduler.scheduleJob(poll, TriggerBuilder.newTrigger().startNow().build());
        scheduler.start();
        assertThat(pollStarted.await(10, TimeUnit.SECONDS)).as("the poll began").isTrue();

        scheduler.scheduleJob(
            JobBuilder.newJob(DueDigest.class).withIdentity("digest").build(),
            TriggerBuilder.newTrigger()
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule())
                .build());

        assertThat(DueDigest.RAN.await(5, TimeUnit.SECONDS))
            .as("the digest ran while the source still hangs")
            .isTrue();
        assertThat(release.getCount()).as("the source was still hanging").isEqualTo(1);
      } finally {
        release.countDown();
        scheduler.shutdown(true);
      }
    }
  }

  @Test
  void aSourceStillBeingPolledIsNotPolledTwice() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (PollPool pool =
        new PollPool(
            source -> {
              polls.incrementAndGet();
              started.countDown();
              awaitQuietly(release);
            })) {
      pool.submit(HANGING);
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      pool.submit(HANGING);
      pool.submit(HANGING);
      release.countDown();
    }
    assertThat(polls.get()).isEqualTo(1);
  }

  private static Scheduler oneThreadScheduler(JobFactory factory) throws Exception {
    Properties properties = new Properties();
    properties.setProperty(
        "org.quartz.scheduler.instanceName", "poll-pool-test-" + System.nanoTime());
    properties.setProperty("org.quartz.threadPool.threadCount", "1");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
    scheduler.setJobFactory(factory);
    return scheduler;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
