package paperradar.bot.schedule;

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
import paperradar.core.deliver.DigestSweep;
import paperradar.core.deliver.LedgerEntry;

/**
 * Every few seconds, on one node of the cluster at a time: finds the digests due and the pending ones a
 * crash left behind, and queues one job per digest. Quartz hands those jobs to any node's threads, so the
 * nodes share the sending, and recovers a job whose node died.
 */
@DisallowConcurrentExecution
final class DigestSweepJob implements Job {

  private final DigestSweep sweep;

  DigestSweepJob(DigestSweep sweep) {
    this.sweep = sweep;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    Scheduler scheduler = context.getScheduler();
    try {
      DigestSweep.Plan plan = sweep.plan();
      for (DigestSweep.DueDigest due : plan.due()) {
        queue(scheduler, JobBuilder.newJob(DeliverDigestJob.class)
            .withIdentity(JobKeys.deliverName(due.settings().channel(), due.due().date()), JobKeys.GROUP)
            .usingJobData(JobKeys.channelData(due.settings().channel(), due.due().date()))
            .requestRecovery(true)
            .build());
      }
      for (LedgerEntry pending : plan.pending()) {
        queue(scheduler, JobBuilder.newJob(ResumeDigestJob.class)
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
  private static void queue(Scheduler scheduler, JobDetail job) throws SchedulerException {
    Trigger now = TriggerBuilder.newTrigger().forJob(job).startNow().build();
    try {
      scheduler.scheduleJob(job, now);
    } catch (ObjectAlreadyExistsException alreadyQueued) {
      // A previous sweep queued it and it has not finished: nothing to do.
    }
  }
}
