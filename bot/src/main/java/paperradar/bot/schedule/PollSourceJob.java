package paperradar.bot.schedule;

import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import paperradar.core.poll.Source;
import paperradar.core.poll.SourcePoller;

/** Polls one source every interval, unless it is backing off after failures. */
@DisallowConcurrentExecution
final class PollSourceJob implements Job {

  private final SourcePoller poller;
  private final Map<String, Source> sources;

  PollSourceJob(SourcePoller poller, Map<String, Source> sources) {
    this.poller = poller;
    this.sources = sources;
  }

  @Override
  public void execute(JobExecutionContext context) {
    Source source = sources.get(context.getMergedJobDataMap().getString("url"));
    if (source != null) {
      poller.pollIfDue(source);
    }
  }
}
