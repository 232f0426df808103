package paperradar.bot.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.poll.ChannelFeedPolls;

/**
 * Every minute, on one node of the cluster at a time: hands each channel feed whose interval has
 * passed to the channel feeds' own {@link PollPool}, each URL once however many channels follow it.
 * The feeds change as channels add and remove them, so one job reads them each time rather than one
 * job per feed.
 */
@DisallowConcurrentExecution
final class PollChannelFeedsJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(PollChannelFeedsJob.class);

  private final ChannelFeedPolls feeds;
  private final PollPool pool;

  PollChannelFeedsJob(ChannelFeedPolls feeds, PollPool pool) {
    this.feeds = feeds;
    this.pool = pool;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      feeds.due().forEach(pool::submit);
    } catch (RuntimeException e) {
      // A store that is briefly away must not end the schedule; the next minute tries again.
      log.warn("reading the channels' feeds failed; trying again in a minute", e);
    }
  }
}
