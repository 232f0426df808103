package paperradar.bot.schedule;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.DigestDelivery;

/** Sends a pending digest that a crashed or failing attempt left in the ledger. */
final class ResumeDigestJob implements Job {

  private final DigestDelivery delivery;
  private final DeliveryLedger ledger;

  ResumeDigestJob(DigestDelivery delivery, DeliveryLedger ledger) {
    this.delivery = delivery;
    this.ledger = ledger;
  }

  @Override
  public void execute(JobExecutionContext context) {
    long id = Long.parseLong(context.getMergedJobDataMap().getString("digestId"));
    ledger.byId(id).ifPresent(delivery::resume);
  }
}
