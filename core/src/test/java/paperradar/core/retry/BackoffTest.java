package paperradar.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter, the jitter injected so that every wait is known. */
class BackoffTest {

  private final Backoff backoff =
      new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 5, Backoff.Jitter.CEILING);

  @Test
  void theCeilingDoublesFromTheBaseUpToTheCap() {
    assertThat(List.of(1, 2, 3, 4, 5, 60).stream().map(backoff::ceiling).toList())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10));
  }

  @Test
  void theJitterDrawsBetweenZeroAndTheCeiling() {
    List<Long> asked = new ArrayList<>();
    Backoff halved =
        backoff.withJitter(
            ceiling -> {
              asked.add(ceiling);
              return ceiling / 2;
            });

    assertThat(halved.delay(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(halved.delay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(asked).containsExactly(4_000L, 1_000L);
  }

  @Test
  void theUniformJitterStaysInRangeAndVaries() {
    Backoff uniform = backoff.withJitter(Backoff.Jitter.UNIFORM);
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      waits.add(uniform.delay(4));
    }
    assertThat(waits)
        .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(8)));
    assertThat(waits.stream().distinct().count())
        .as("200 draws from 8001 values")
        .isGreaterThan(100);
  }

  @Test
  void aSeededJitterDrawsTheSameWaitEveryTime() {
    assertThat(backoff.delay(5, Backoff.Jitter.seeded(42)))
        .isEqualTo(backoff.delay(5, Backoff.Jitter.seeded(42)))
        .isBetween(Duration.ZERO, Duration.ofSeconds(10));
  }

  @Test
  void aLongerRetryAfterWinsOverTheDrawnWait() {
    assertThat(backoff.delayAfter(2, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(2, Duration.ofMillis(10))).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delayAfter(2, null)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aJitterOutOfRangeIsRefused() {
    assertThatThrownBy(() -> backoff.withJitter(ceiling -> ceiling + 1).delay(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside [0, 1000]");
  }

  @Test
  void aHugeBaseDoesNotOverflow() {
    Backoff days = new Backoff(Duration.ofDays(1), Duration.ofDays(3), 1, Backoff.Jitter.CEILING);
    assertThat(days.ceiling(40)).isEqualTo(Duration.ofDays(3));
  }
}
