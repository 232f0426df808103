package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import paperradar.bot.slack.SlackRequestGate.Verdict;
import paperradar.core.service.RadarFixture.MutableClock;

/**
 * The gate on raw bytes, on an injected clock: the window both ways, replays, and a log that cannot
 * flood.
 */
class SlackRequestGateTest {

  private static final String BODY = "command=%2Fpapers&text=trending+week";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
  private final SlackRequestGate gate =
      new SlackRequestGate(SlackAdapterTest.SIGNING_SECRET, List.of(new RecentSignatures()), clock);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger gateLog = (Logger) LoggerFactory.getLogger(SlackRequestGate.class);

  @BeforeEach
  void captureLog() {
    logged.start();
    gateLog.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    gateLog.detachAppender(logged);
  }

  private Verdict send(String body, long timestamp) throws Exception {
    return gate.check(
        Long.toString(timestamp),
        SlackAdapterTest.sign(body, timestamp),
        body.getBytes(StandardCharsets.UTF_8),
        "127.0.0.1");
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  @Test
  void aTimestampMoreThanFiveMinutesFromNowEitherWayIsRefused() throws Exception {
    assertThat(send(BODY, now() + 6 * 60))
        .isEqualTo(new Verdict.Refused(401, "the timestamp is more than 5 minutes from now"));
    assertThat(send(BODY, now() + Duration.ofDays(3653).toSeconds()))
        .isInstanceOf(Verdict.Refused.class);
    assertThat(send(BODY, now() - 6 * 60)).isInstanceOf(Verdict.Refused.class);
    assertThat(send(BODY, now() + 4 * 60)).isEqualTo(new Verdict.Pass());
    assertThat(send(BODY + "&x=1", now() - 4 * 60)).isEqualTo(new Verdict.Pass());
  }

  @Test
  void theSameSignedRequestRunsOnceAndIsRefusedEachTimeAfter() throws Exception {
    long at = now();
    assertThat(send(BODY, at)).isEqualTo(new Verdict.Pass());
    clock.advance(Duration.ofSeconds(30));
    assertThat(send(BODY, at))
        .isEqualTo(new Verdict.Refused(401, "a replay of a request already accepted"));
    assertThat(send(BODY, at)).isInstanceOf(Verdict.Refused.class);
    // Past the window the timestamp check refuses it, so the memory may forget it.
    clock.advance(Duration.ofMinutes(6));
    assertThat(send(BODY, at))
        .isEqualTo(new Verdict.Refused(401, "the timestamp is more than 5 minutes from now"));
  }

  @Test
  void unsignedMalformedAndTamperedRequestsAreRefusedBeforeAnythingParsesThem() throws Exception {
    byte[] malformed = "text=%ZZ".getBytes(StandardCharsets.UTF_8);
    assertThat(gate.check(null, null, malformed, "x"))
        .isEqualTo(
            new Verdict.Refused(
                401, "unsigned (no X-Slack-Request-Timestamp or X-Slack-Signature)"));
    assertThat(gate.check("soon", "v0=00", malformed, "x")).isInstanceOf(Verdict.Refused.class);
    assertThat(
            gate.check(
                Long.toString(now()),
                "v0=" + "0".repeat(64),
                "payload=".getBytes(StandardCharsets.UTF_8),
                "x"))
        .isEqualTo(new Verdict.Refused(401, "the signature does not match"));
    long at = now();
    assertThat(
            gate.check(
                Long.toString(at),
                SlackAdapterTest.sign(BODY, at),
                (BODY + "&text=more").getBytes(StandardCharsets.UTF_8),
                "x"))
        .isInstanceOf(Verdict.Refused.class);
  }

  @Test
  void refusalsAreLoggedAtMostOnceAMinuteWithHowManyWereHeldBack() throws Exception {
    for (int i = 0; i < 50; i++) {
      gate.check(
          null, null, ("text=%ZZ" + "x".repeat(1000)).getBytes(StandardCharsets.UTF_8), "10.0.0.9");
    }
    assertThat(logged.list).hasSize(1);
    ILoggingEvent first = logged.list.getFirst();
    assertThat(first.getLevel()).isEqualTo(Level.WARN);
    assertThat(first.getFormattedMessage())
        .contains("10.0.0.9", "401", "unsigned")
        .doesNotContain("%ZZ")
        .hasSizeLessThan(200);

    clock.advance(Duration.ofSeconds(59));
    gate.check(null, null, new byte[0], "10.0.0.9");
    assertThat(logged.list).hasSize(1);
    clock.advance(Duration.ofSeconds(2));
    gate.check(null, null, new byte[0], "10.0.0.9");
    assertThat(logged.list).hasSize(2);
    assertThat(logged.list.get(1).getFormattedMessage())
        .contains("(50 more refused since the last line)");
  }

  @Test
  void whenTheStoreCannotRecordTheSignatureTheRequestIsRefusedNotRunUnchecked() throws Exception {
    SeenSignatures down =
        (signature, now, expiresAt) -> {
          throw new IllegalStateException("connection refused\nat line two");
        };
    SlackRequestGate withStore =
        new SlackRequestGate(
            SlackAdapterTest.SIGNING_SECRET, List.of(new RecentSignatures(), down), clock);
    long at = now();

    assertThat(
            withStore.check(
                Long.toString(at),
                SlackAdapterTest.sign(BODY, at),
                BODY.getBytes(StandardCharsets.UTF_8),
                "x"))
        .isEqualTo(
            new Verdict.Refused(
                503, "the replay check cannot reach the store (connection refused)"));
  }
}
