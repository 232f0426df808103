package paperradar.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import paperradar.core.digest.DigestTimes.Due;
import paperradar.core.model.ChannelRef;
import paperradar.core.subscribe.ChannelSettings;

/** When digests are due: zones, weekdays and daylight-saving switches, against fixed instants. */
class DigestTimesTest {

  private static ChannelSettings at(String time, String zone, boolean weekdaysOnly) {
    return ChannelSettings.defaults(ChannelRef.console("c"), ZoneId.of(zone))
        .at(LocalTime.parse(time), ZoneId.of(zone))
        .weekdaysOnly(weekdaysOnly);
  }

  @Test
  void eightOClockInBerlinIsSevenUtcInWinterAndSixInSummer() {
    ChannelSettings berlin = at("08:00", "Europe/Berlin", false);

    assertThat(DigestTimes.dueOn(berlin, LocalDate.of(2026, 1, 15)))
        .isEqualTo(Instant.parse("2026-01-15T07:00:00Z"));
    assertThat(DigestTimes.dueOn(berlin, LocalDate.of(2026, 7, 15)))
        .isEqualTo(Instant.parse("2026-07-15T06:00:00Z"));
  }

  @Test
  void theSpringForwardGapShiftsTheDigestLaterInsteadOfSkippingIt() {
    // Berlin jumps from 02:00 to 03:00 on 2026-03-29: 02:30 does not exist that night.
    ChannelSettings night = at("02:30", "Europe/Berlin", false);

    Due due = DigestTimes.nextAfter(night, Instant.parse("2026-03-28T23:00:00Z"));

    assertThat(due)
        .isEqualTo(new Due(LocalDate.of(2026, 3, 29), Instant.parse("2026-03-29T01:30:00Z")));
    assertThat(DigestTimes.nextAfter(night, due.at()).date()).isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void theFallBackOverlapGivesOneDigestAtTheFirstOccurrence() {
    // Berlin goes from 03:00 back to 02:00 on 2026-10-25: 02:30 happens twice.
    ChannelSettings night = at("02:30", "Europe/Berlin", false);

    Due first = DigestTimes.nextAfter(night, Instant.parse("2026-10-24T22:00:00Z"));
    Due next = DigestTimes.nextAfter(night, first.at());

    assertThat(first.at()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(next.date()).isEqualTo(LocalDate.of(2026, 10, 26));
  }

  @Test
  void weekdaysSkipTheWeekendInTheChannelsZone() {
    ChannelSettings tokyo = at("08:00", "Asia/Tokyo", true);
    // Friday 2026-11-20 23:30 UTC is already Saturday morning in Tokyo.
    Due next = DigestTimes.nextAfter(tokyo, Instant.parse("2026-11-20T23:30:00Z"));

    assertThat(next)
        .isEqualTo(new Due(LocalDate.of(2026, 11, 23), Instant.parse("2026-11-22T23:00:00Z")));
    assertThat(
            DigestTimes.latestAtOrBefore(tokyo, Instant.parse("2026-11-22T12:00:00Z"))
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void dailyIncludesTheWeekendAndTheLatestIsTodayOnceItsTimeHasCome() {
    ChannelSettings daily = at("08:00", "UTC", false);

    assertThat(
            DigestTimes.latestAtOrBefore(daily, Instant.parse("2026-11-22T07:59:59Z"))
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(
            DigestTimes.latestAtOrBefore(daily, Instant.parse("2026-11-22T08:00:00Z"))
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2026, 11, 22));
  }
}
