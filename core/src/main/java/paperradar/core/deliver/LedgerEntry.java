package paperradar.core.deliver;

import java.time.LocalDate;
import paperradar.core.model.ChannelRef;

/**
 * One digest in the delivery ledger.
 *
 * @param body the composed reply, as {@link paperradar.core.reply.ReplyCodec} JSON
 */
public record LedgerEntry(
    long id, ChannelRef channel, LocalDate date, Status status, String body, int attempts) {

  /** Where a digest stands. */
  public enum Status {
    /** Written, papers marked shown, not yet confirmed sent. */
    PENDING,
    SENT,
    /** Nothing new to say, or its time passed too long ago. */
    SKIPPED,
    /** The platform refused it for good (the channel is gone, the bot was removed). */
    FAILED
  }

  /** The key the platform uses to recognise a retry of the same message. */
  public String deliveryKey() {
    return "paper-radar-digest-" + id;
  }
}
