package paperradar.bot.schedule;

import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.deliver.LedgerEntry;

/**
 * Every few seconds, on one node of the cluster at a time: finds the digests due and the pending
 * ones a crash left behind, and queues one job per digest. Quartz hands those jobs to any node's
 * threads, so the nodes share the sending, and recovers a job whose node died.
 */
@DisallowConcurrentExecution
final class DigestSweepJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(DigestSweepJob.class);

  private final DigestSweep sweep;

  DigestSweepJob(DigestSweep sweep) {
    this.sweep = sweep;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    Scheduler scheduler = context.getScheduler();
    try {
      DigestSweep.Plan plan = sweep.plan();
      if (!plan.due().isEmpty() || !plan.pending().isEmpty()) {
        log.info(
            "digest sweep: {} due, {} pending to resume", plan.due().size(), plan.pending().size());
      }
      for (DigestSweep.DueDigest due : plan.due()) {
        queue(
            scheduler,
            JobBuilder.newJob(DeliverDigestJob.class)
                .withIdentity(
                    JobKeys.deliverName(due.settings().channel(), due.due().date()), JobKeys.GROUP)
                .usingJobData(JobKeys.channelData(due.settings().channel(), due.due().date()))
                .requestRecovery(true)
                .build());
      }
      for (LedgerEntry pending : plan.pending()) {
        queue(
            scheduler,
            JobBuilder.newJob(ResumeDigestJob.class)
                .withIdentity("resume:" + pending.id(), JobKeys.GROUP)
                .usingJobData("digestId", Long.toString(pending.id()))
                .requestRecovery(true)
                .build());
      }
    } catch (RuntimeException | SchedulerException e) {
      throw new JobExecutionException("the digest sweep failed", e);
    }
  }

  /** Queues a job to run now, unless the same job is already queued or running. */
  static void queue(Scheduler scheduler, JobDetail job) throws SchedulerException {
    Trigger now = TriggerBuilder.newTrigger().forJob(job).startNow().build();
    try {
      scheduler.scheduleJob(job, now);
    } catch (ObjectAlreadyExistsException alreadyQueued) {
      // A previous sweep queued it and it has not finished: nothing to do, unless it can no longer
      // run.
      reviveIfStuck(scheduler, job, now);
    }
  }

  /**
   * A queued job whose trigger is gone, or in Quartz's error state, would never run, and every
   * later sweep would take it for queued: the digest would be lost. Give it a trigger that can
   * fire.
   */
  private static void reviveIfStuck(Scheduler scheduler, JobDetail job, Trigger now)
      throws SchedulerException {
    List<? extends Trigger> triggers = scheduler.getTriggersOfJob(job.getKey());
    if (triggers.isEmpty()) {
      if (!scheduler.checkExists(job.getKey())) {
        return; // It finished between the two looks; Quartz deletes a job and its last trigger
        // together.
      }
      log.warn("job {} was queued without a trigger; queuing it again", job.getKey());
      scheduler.scheduleJob(now);
      return;
    }
    for (Trigger trigger : triggers) {
      if (scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.ERROR) {
        log.warn("job {} stood in Quartz's error state; running it again", job.getKey());
        scheduler.resetTriggerFromErrorState(trigger.getKey());
      }
    }
  }
}
