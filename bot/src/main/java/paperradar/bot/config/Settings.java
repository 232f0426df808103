package paperradar.bot.config;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import paperradar.core.model.ChannelRef;
import paperradar.core.rank.TrendingConfig;
import paperradar.core.subscribe.ChannelSettings;

/** What an operator can set in {@code paper-radar.yaml}; {@link ConfigLoader} reads it. */
public record Settings(Trending trending, Digest digest) {

  /** Digest defaults for channels that set none. */
  public record Digest(String time, String days, String timeZone, String whenEmpty) {

    public Digest {
      try {
        LocalTime.parse(time);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("digest.time must be a time of day like 08:00, not \"" + time + "\"");
      }
      if (!days.equals("weekdays") && !days.equals("daily")) {
        throw new IllegalArgumentException("digest.days must be weekdays or daily, not \"" + days + "\"");
      }
      try {
        ZoneId.of(timeZone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("digest.timeZone must be an IANA zone like Europe/Berlin, not \""
            + timeZone + "\"");
      }
      if (!whenEmpty.equals("skip") && !whenEmpty.equals("say")) {
        throw new IllegalArgumentException("digest.whenEmpty must be skip or say, not \"" + whenEmpty + "\"");
      }
    }

    /** The settings a channel has until someone changes them. */
    public ChannelSettings channelDefaults() {
      return new ChannelSettings(ChannelRef.console("defaults"), LocalTime.parse(time), ZoneId.of(timeZone),
          days.equals("weekdays"), true, whenEmpty.equals("say"), true, null);
    }
  }

  /** The trending formula's constants (see the README). */
  public record Trending(double gravity, double offsetHours, int oldPaperDays, Weights weights) {

    public TrendingConfig toConfig() {
      return new TrendingConfig(gravity, offsetHours, weights.upvotes(), weights.hackerNews(), weights.reddit(),
          weights.comments(), weights.source(), weights.listing(), oldPaperDays);
    }
  }

  /** The weight of one point of each signal, and of each source and listing. */
  public record Weights(double upvotes, double hackerNews, double reddit, double comments, double source,
      double listing) {}
}
