package paperradar.bot.schedule;

import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import paperradar.core.poll.Source;

/**
 * Polls one source every interval, unless it is backing off after failures. The fetch runs on the
 * {@link PollPool}, not on Quartz's thread, so a stuck source never holds a thread a digest is
 * waiting for.
 */
@DisallowConcurrentExecution
final class PollSourceJob implements Job {

  private final PollPool pool;
  private final Map<String, Source> sources;

  PollSourceJob(PollPool pool, Map<String, Source> sources) {
    this.pool = pool;
    this.sources = sources;
  }

  @Override
  public void execute(JobExecutionContext context) {
    Source source = sources.get(context.getMergedJobDataMap().getString("url"));
    if (source != null) {
      pool.submit(source);
    }
  }
}
