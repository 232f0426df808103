package paperradar.bot.schedule;

import java.time.LocalDate;
import org.quartz.JobDataMap;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;

/**
 * How channels and dates travel in Quartz job data: as strings, so nothing Java-serialized is
 * stored.
 */
final class JobKeys {

  static final String GROUP = "paper-radar";

  private JobKeys() {}

  static JobDataMap channelData(ChannelRef channel, LocalDate date) {
    JobDataMap data = new JobDataMap();
    data.put("platform", channel.platform().id());
    data.put("workspace", channel.workspace());
    data.put("channel", channel.channel());
    data.put("date", date.toString());
    return data;
  }

  static ChannelRef channel(JobDataMap data) {
    return new ChannelRef(
        Platform.fromId(data.getString("platform")),
        data.getString("workspace"),
        data.getString("channel"));
  }

  static LocalDate date(JobDataMap data) {
    return LocalDate.parse(data.getString("date"));
  }

  static String deliverName(ChannelRef channel, LocalDate date) {
    return "deliver:" + channel + ":" + date;
  }
}
