package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written reader of the common Atom timestamp agrees with {@code java.time}: what it reads
 * is what {@code OffsetDateTime.parse} reads, and every valid timestamp of its shape is read by it.
 */
class IsoTimestampsPropertyTest {

  /**
   * {@code OffsetDateTime.parse} is the first form {@link FeedDates} tried before the fast path
   * existed, so agreeing with it where the fast path answers keeps every date as it was.
   */
  @Property(tries = 3_000)
  void readsWhatJavaTimeReads(@ForAll("timestamps") String value) {
    LocalDate fast = IsoTimestamps.date(value);
    if (fast != null) {
      assertThat(fast).isEqualTo(byJavaTime(value));
      assertThat(FeedDates.parse(" " + value + "\n")).contains(fast);
    }
  }

  @Property(tries = 1_000)
  void readsEveryValidTimestampOfItsShape(@ForAll("timestamps") String value) {
    boolean itsShape =
        value.endsWith("Z")
            || (value.length() == 25 && value.charAt(19) != 'Z' && value.charAt(20) < '1')
            || (value.length() == 25 && value.charAt(20) == '1' && value.charAt(21) < '8');
    if (itsShape && byJavaTime(value) != null) {
      assertThat(IsoTimestamps.date(value)).isEqualTo(byJavaTime(value));
    }
  }

  @Example
  void leavesOtherShapesToJavaTime() {
    assertThat(IsoTimestamps.date("2024-01-31T18:00:00.5Z")).isNull();
    assertThat(IsoTimestamps.date("2024-01-31t18:00:00z")).isNull();
    assertThat(IsoTimestamps.date("2024-01-31")).isNull();
    assertThat(IsoTimestamps.date("2024-02-30T18:00:00Z")).isNull();
    assertThat(IsoTimestamps.date("2024-01-31T18:00:00-05:00")).isEqualTo("2024-01-31");
  }

  private static @Nullable LocalDate byJavaTime(String value) {
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  /**
   * Timestamps of the shape (offsets up to 17:59, as feeds write them), with every field sometimes
   * out of range, and a few near shapes.
   */
  @Provide
  Arbitrary<String> timestamps() {
    Arbitrary<String> dateTime =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 61),
                Arbitraries.integers().between(0, 61))
            .as(
                (year, month, day, hour, minute, second) ->
                    String.format(
                        "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second));
    Arbitrary<String> zone =
        Arbitraries.oneOf(
            Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00", "-18:00", "+0530", "Zx"),
            Combinators.combine(
                    Arbitraries.of('+', '-'),
                    Arbitraries.integers().between(0, 19),
                    Arbitraries.integers().between(0, 61))
                .as((sign, hours, minutes) -> String.format("%c%02d:%02d", sign, hours, minutes)));
    return Combinators.combine(dateTime, zone).as((time, offset) -> time + offset);
  }
}
