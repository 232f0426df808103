package paperradar.bot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting on a condition, with a deadline; never a fixed sleep standing in for one. */
public final class Conditions {

  private Conditions() {}

  public static boolean await(Duration deadline, BooleanSupplier condition)
      throws InterruptedException {
    Instant end = Instant.now().plus(deadline);
    while (Instant.now().isBefore(end)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }
}
