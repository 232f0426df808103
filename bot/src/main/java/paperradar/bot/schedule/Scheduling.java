package paperradar.bot.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.poll.ChannelFeedPolls;
import paperradar.core.poll.Source;
import paperradar.core.poll.SourcePoller;
import paperradar.core.subscribe.ChannelStore;

/** The bot's schedule on Quartz: the digest sweep, and one poll job per configured source. */
public final class Scheduling implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Scheduling.class);
  private static final String SWEEP = "digest-sweep";
  private static final String POLL_PREFIX = "poll:";
  private static final String CHANNEL_FEEDS = "channel-feeds";

  /** How often the channel feeds due are looked for; each is polled at its own interval. */
  static final Duration CHANNEL_FEEDS_EVERY = Duration.ofMinutes(1);

  /** What the jobs need. */
  public record Jobs(
      DigestSweep sweep,
      DigestDelivery delivery,
      ChannelStore channels,
      DeliveryLedger ledger,
      SourcePoller poller,
      List<Source> sources,
      ChannelFeedPolls channelFeeds,
      SourcePoller channelFeedPoller,
      Consumer<String> afterPoll) {}

  /** How the scheduler runs. */
  public record Options(boolean clustered, Duration sweepEvery, long checkinMillis, int threads) {}

  private final Scheduler scheduler;
  private final PollPool polls;
  private final PollPool channelFeedPolls;

  private Scheduling(Scheduler scheduler, PollPool polls, PollPool channelFeedPolls) {
    this.scheduler = scheduler;
    this.polls = polls;
    this.channelFeedPolls = channelFeedPolls;
  }

  public static Scheduling start(DataSource dataSource, Options options, Jobs jobs)
      throws SchedulerException {
    Map<String, Source> sources =
        jobs.sources().stream()
            .collect(Collectors.toMap(Source::url, Function.identity(), (a, b) -> b));
    PollPool polls =
        new PollPool(
            source -> {
              jobs.poller().pollIfDue(source);
              jobs.afterPoll().accept(source.url());
            });
    // The channels' feeds have their own pool, so a slow feed a channel added never holds up the
    // configured sources (nor the other way round).
    PollPool channelFeedPolls =
        new PollPool(
            source -> {
              jobs.channelFeedPoller().pollIfDue(source);
              jobs.afterPoll().accept(source.url());
            });
    JobFactory factory =
        (bundle, scheduler) ->
            create(bundle.getJobDetail().getJobClass(), jobs, sources, polls, channelFeedPolls);
    Scheduler scheduler =
        QuartzSetup.create(
            dataSource, options.clustered(), options.checkinMillis(), options.threads(), factory);
    scheduleSweep(scheduler, options.sweepEvery());
    schedulePolls(scheduler, sources);
    scheduleChannelFeeds(scheduler);
    scheduler.start();
    log.info(
        "scheduler started: {}, digest sweep every {} s, {} sources polled",
        options.clustered() ? "clustered on PostgreSQL" : "embedded",
        options.sweepEvery().toSeconds(),
        sources.size());
    return new Scheduling(scheduler, polls, channelFeedPolls);
  }

  private static Job create(
      Class<? extends Job> type,
      Jobs jobs,
      Map<String, Source> sources,
      PollPool polls,
      PollPool channelFeedPolls) {
    if (type == DigestSweepJob.class) {
      return new DigestSweepJob(jobs.sweep());
    }
    if (type == DeliverDigestJob.class) {
      return new DeliverDigestJob(jobs.delivery(), jobs.channels());
    }
    if (type == ResumeDigestJob.class) {
      return new ResumeDigestJob(jobs.delivery(), jobs.ledger());
    }
    if (type == PollSourceJob.class) {
      return new PollSourceJob(polls, sources);
    }
    if (type == PollChannelFeedsJob.class) {
      return new PollChannelFeedsJob(jobs.channelFeeds(), channelFeedPolls);
    }
    throw new IllegalStateException("no job " + type);
  }

  /**
   * The sweep runs at start (catching up on what passed while nothing ran) and then every few
   * seconds.
   */
  private static void scheduleSweep(Scheduler scheduler, Duration every) throws SchedulerException {
    JobDetail sweep =
        JobBuilder.newJob(DigestSweepJob.class)
            .withIdentity(SWEEP, JobKeys.GROUP)
            .storeDurably()
            .build();
    scheduler.addJob(sweep, true);
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(SWEEP, JobKeys.GROUP)
            .forJob(sweep)
            .startNow()
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(every.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    upsert(scheduler, trigger);
  }

  /** Every minute, the channel feeds whose interval has passed are polled. */
  private static void scheduleChannelFeeds(Scheduler scheduler) throws SchedulerException {
    JobDetail job =
        JobBuilder.newJob(PollChannelFeedsJob.class)
            .withIdentity(CHANNEL_FEEDS, JobKeys.GROUP)
            .storeDurably()
            .build();
    scheduler.addJob(job, true);
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(CHANNEL_FEEDS, JobKeys.GROUP)
            .forJob(job)
            .startNow()
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(CHANNEL_FEEDS_EVERY.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    upsert(scheduler, trigger);
  }

  /**
   * Stores the trigger, replacing one of the same key. Processes sharing one database start
   * together, so another may store the same trigger between any look and our store: storing first
   * and replacing on conflict leaves no such window.
   */
  static void upsert(Scheduler scheduler, Trigger trigger) throws SchedulerException {
    try {
      scheduler.scheduleJob(trigger);
    } catch (ObjectAlreadyExistsException storedByAnother) {
      if (scheduler.rescheduleJob(trigger.getKey(), trigger) == null) {
        scheduler.scheduleJob(
            trigger); // Deleted again before we could replace it: store it after all.
      }
    }
  }

  private static void schedulePolls(Scheduler scheduler, Map<String, Source> sources)
      throws SchedulerException {
    Set<JobKey> existing = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(JobKeys.GROUP));
    for (JobKey key : existing) {
      if (key.getName().startsWith(POLL_PREFIX)
          && !sources.containsKey(key.getName().substring(POLL_PREFIX.length()))) {
        scheduler.deleteJob(key);
      }
    }
    for (Source source : sources.values()) {
      JobDetail poll =
          JobBuilder.newJob(PollSourceJob.class)
              .withIdentity(POLL_PREFIX + source.url(), JobKeys.GROUP)
              .usingJobData("url", source.url())
              .storeDurably()
              .build();
      scheduler.addJob(poll, true);
      Trigger trigger =
          TriggerBuilder.newTrigger()
              .withIdentity(POLL_PREFIX + source.url(), JobKeys.GROUP)
              .forJob(poll)
              .startNow()
              .withSchedule(
                  SimpleScheduleBuilder.simpleSchedule()
                      .withIntervalInMilliseconds(source.interval().toMillis())
                      .repeatForever()
                      .withMisfireHandlingInstructionNextWithRemainingCount())
              .build();
      upsert(scheduler, trigger);
    }
  }

  public boolean isRunning() {
    try {
      return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
    } catch (SchedulerException e) {
      return false;
    }
  }

  /** Stops taking work, lets running jobs finish, and stops. */
  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("the scheduler did not shut down cleanly", e);
    } finally {
      polls.close();
      channelFeedPolls.close();
    }
  }
}
