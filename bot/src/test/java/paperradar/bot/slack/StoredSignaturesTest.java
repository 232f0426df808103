package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.store.TestDatabase;

/** The cluster's replay check on each database: the first insert wins, expired rows give way. */
class StoredSignaturesTest {

  private static final String SIGNATURE = "v0=" + "ab".repeat(32);
  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aSignatureIsAcceptedOnceUntilItExpires(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind, temp)) {
      StoredSignatures one = new StoredSignatures(db.database().dataSource());
      StoredSignatures other = new StoredSignatures(db.database().dataSource());
      Instant expires = NOW.plus(Duration.ofMinutes(5));

      assertThat(one.firstSighting(SIGNATURE, NOW, expires)).isTrue();
      assertThat(one.firstSighting(SIGNATURE, NOW.plusSeconds(10), expires)).isFalse();
      assertThat(other.firstSighting(SIGNATURE, NOW.plusSeconds(20), expires))
          .as("another process")
          .isFalse();
      assertThat(other.firstSighting("v0=" + "cd".repeat(32), NOW, expires)).isTrue();
      assertThat(other.firstSighting(SIGNATURE, expires.plusSeconds(1), expires.plusSeconds(301)))
          .as("after it expired")
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void ofManyProcessesRacingWithOneSignatureExactlyOneWins(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.open(kind, temp);
        ExecutorService racers = Executors.newFixedThreadPool(8)) {
      List<Callable<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        StoredSignatures process = new StoredSignatures(db.database().dataSource());
        tries.add(() -> process.firstSighting(SIGNATURE, NOW, NOW.plusSeconds(300)));
      }
      int winners = 0;
      for (Future<Boolean> result : racers.invokeAll(tries)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    }
  }
}
