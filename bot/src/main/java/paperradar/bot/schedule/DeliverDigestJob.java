package paperradar.bot.schedule;

import java.time.LocalDate;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.digest.DigestTimes;
import paperradar.core.model.ChannelRef;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;

/**
 * Delivers one channel's digest of one day; the ledger makes a repeated or recovered run harmless.
 */
final class DeliverDigestJob implements Job {

  private final DigestDelivery delivery;
  private final ChannelStore channels;

  DeliverDigestJob(DigestDelivery delivery, ChannelStore channels) {
    this.delivery = delivery;
    this.channels = channels;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    ChannelRef channel = JobKeys.channel(data);
    LocalDate date = JobKeys.date(data);
    ChannelSettings settings = channels.settings(channel);
    if (settings.wantsDigests()) {
      delivery.deliver(settings, new DigestTimes.Due(date, DigestTimes.dueOn(settings, date)));
    }
  }
}
