package paperradar.core.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import paperradar.core.subscribe.ChannelSettings;

/**
 * When a channel's digests are due, in its own zone. A time that a daylight-saving switch skips
 * (02:30 on the spring-forward night) is due at the same offset later (03:30), never skipped; a
 * time that occurs twice (on the fall-back night) is due once, at its first occurrence.
 */
public final class DigestTimes {

  /** A digest due on a local date, at an instant. */
  public record Due(LocalDate date, Instant at) {}

  private DigestTimes() {}

  public static boolean isDigestDay(ChannelSettings settings, LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return !settings.weekdaysOnly() || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY);
  }

  /**
   * The instant the digest of a date is due; {@link ZonedDateTime#of} resolves gaps and overlaps as
   * above.
   */
  public static Instant dueOn(ChannelSettings settings, LocalDate date) {
    return ZonedDateTime.of(date, settings.time(), settings.zone()).toInstant();
  }

  /** The latest digest due at or before {@code now}, looking back a week and a day. */
  public static Optional<Due> latestAtOrBefore(ChannelSettings settings, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    for (int back = 0; back <= 8; back++) {
      LocalDate date = today.minusDays(back);
      if (isDigestDay(settings, date) && !dueOn(settings, date).isAfter(now)) {
        return Optional.of(new Due(date, dueOn(settings, date)));
      }
    }
    return Optional.empty();
  }

  /** The first digest due strictly after {@code after}. */
  public static Due nextAfter(ChannelSettings settings, Instant after) {
    LocalDate date = LocalDate.ofInstant(after, settings.zone()).minusDays(1);
    while (true) {
      if (isDigestDay(settings, date) && dueOn(settings, date).isAfter(after)) {
        return new Due(date, dueOn(settings, date));
      }
      date = date.plusDays(1);
    }
  }
}
