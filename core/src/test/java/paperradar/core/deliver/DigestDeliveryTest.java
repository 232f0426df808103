package paperradar.core.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.deliver.LedgerEntry.Status;
import paperradar.core.digest.DigestReplies;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.retry.Backoff;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase.Kind;

/** Digest delivery end to end on the real store, with a recording sender and an injected clock. */
class DigestDeliveryTest {

  private static final ChannelRef LAB = ChannelRef.webhook("W1", "C-lab");
  private static final Instant MONDAY_8 = Instant.parse("2026-11-23T08:00:00Z");

  @TempDir Path temp;
  private RadarFixture radar;
  private final RecordingSender sender = new RecordingSender();
  private final List<Duration> waits = new ArrayList<>();

  /** Records what it sends; scripted failures come first. */
  static final class RecordingSender implements DigestSender {
    final List<String> keys = new ArrayList<>();
    final List<Reply> replies = new ArrayList<>();
    final Deque<RuntimeException> failures = new ArrayDeque<>();

    @Override
    public Platform platform() {
      return Platform.WEBHOOK;
    }

    @Override
    public void send(ChannelRef channel, Reply reply, String deliveryKey) {
      if (!failures.isEmpty()) {
        throw failures.poll();
      }
      keys.add(deliveryKey);
      replies.add(reply);
    }

    List<String> titles() {
      return replies.stream()
          .flatMap(r -> r.cards().stream())
          .map(ReplyPart.PaperCard::title)
          .toList();
    }
  }

  private void open(Kind kind) throws Exception {
    radar =
        new RadarFixture(
            kind, temp, new RadarFixture.MutableClock(MONDAY_8.minus(Duration.ofHours(2))));
    radar.ingest(
        "papers.xml",
        paperradar.core.service.PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 22),
            "2611.00001",
            "Diffusion Models for Sheep",
            "We generate sheep.",
            "Ada Lovelace",
            "2611.00002",
            "Herding Llamas",
            "Llamas, herded.",
            "Grace Hopper"),
        LocalDate.of(2026, 11, 23));
    radar.channels.update(LAB, s -> s.at(LocalTime.of(8, 0), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    if (radar != null) {
      radar.close();
    }
  }

  private List<Outcome> sweepAndDeliver() {
    return radar.sweepAndDeliver(
        sender, Backoff.defaults().withJitter(Backoff.Jitter.CEILING), waits::add);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDueDigestGoesOutOnceAndItsPapersNeverAgain(Kind kind) throws Exception {
    open(kind);
    assertThat(sweepAndDeliver()).isEmpty();

    radar.clock.set(MONDAY_8.plusSeconds(30));
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sweepAndDeliver()).isEmpty();
    assertThat(sender.titles())
        .containsExactlyInAnyOrder("Diffusion Models for Sheep", "Herding Llamas");

    radar.clock.set(MONDAY_8.plus(Duration.ofDays(1)));
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SKIPPED_EMPTY);
    assertThat(sender.replies).hasSize(1);
    assertThat(radar.ledger.entry(LAB, LocalDate.of(2026, 11, 24)).orElseThrow().status())
        .isEqualTo(Status.SKIPPED);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void afterDowntimeADigestWithinTheGraceGoesOutOnceAndAnOlderOneIsSkipped(Kind kind)
      throws Exception {
    open(kind);
    ChannelRef late = ChannelRef.webhook("W1", "C-late");
    radar.clock.set(MONDAY_8.minus(Duration.ofHours(9)));
    radar.channels.update(late, s -> s.at(LocalTime.of(1, 0), ZoneOffset.UTC));
    radar.clock.set(MONDAY_8.plus(Duration.ofHours(5).plusMinutes(59)));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sweepAndDeliver()).isEmpty();
    assertThat(radar.ledger.entry(late, LocalDate.of(2026, 11, 23)).orElseThrow())
        .satisfies(entry -> assertThat(entry.status()).isEqualTo(Status.SKIPPED));
    assertThat(sender.replies).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDigestDueBeforeItsTimeWasSetIsNotOwed(Kind kind) throws Exception {
    open(kind);
    radar.clock.set(MONDAY_8.plus(Duration.ofHours(1)));
    radar.channels.update(LAB, s -> s.at(LocalTime.of(8, 30), ZoneOffset.UTC));

    assertThat(sweepAndDeliver()).isEmpty();
    assertThat(radar.ledger.entry(LAB, LocalDate.of(2026, 11, 23))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRateLimitWaitsForRetryAfterAndServerErrorsBackOff(Kind kind) throws Exception {
    open(kind);
    radar.clock.set(MONDAY_8);
    sender.failures.add(new DeliveryException.Transient("HTTP 429", Duration.ofSeconds(30), null));
    sender.failures.add(new DeliveryException.Transient("HTTP 502", null, null));
    sender.failures.add(new DeliveryException.Transient("timeout", null, null));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);

    assertThat(waits)
        .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(sender.keys).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDigestStillFailingIsLeftPendingAndResentWithTheSameKey(Kind kind) throws Exception {
    open(kind);
    radar.clock.set(MONDAY_8);
    for (int i = 0; i < Backoff.defaults().attempts(); i++) {
      sender.failures.add(new DeliveryException.Transient("HTTP 503", null, null));
    }
    assertThat(sweepAndDeliver()).containsExactly(Outcome.RETRY_LATER);
    LedgerEntry pending = radar.ledger.entry(LAB, LocalDate.of(2026, 11, 23)).orElseThrow();
    assertThat(pending.status()).isEqualTo(Status.PENDING);

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sender.keys).containsExactly(pending.deliveryKey());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aCrashBetweenLedgerAndSendIsResumedOnceTheLeaseRunsOut(Kind kind) throws Exception {
    open(kind);
    radar.clock.set(MONDAY_8);
    // A process wrote the digest to the ledger and died before sending it.
    Reply body = DigestReplies.of(radar.radar.digests().compose(LAB, ZoneOffset.UTC));
    radar.ledger.claim(
        LAB,
        LocalDate.of(2026, 11, 23),
        paperradar.core.reply.ReplyCodec.toJson(body),
        List.of(),
        MONDAY_8,
        MONDAY_8.plus(Duration.ofMinutes(10)));

    assertThat(sweepAndDeliver()).isEmpty();
    radar.clock.set(MONDAY_8.plus(Duration.ofMinutes(10)));
    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sweepAndDeliver()).isEmpty();
    assertThat(sender.replies).containsExactly(body);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aGoneChannelIsDeactivatedAndNotTriedAgain(Kind kind) throws Exception {
    open(kind);
    radar.clock.set(MONDAY_8);
    sender.failures.add(new DeliveryException.Permanent("channel_not_found", null));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.FAILED);

    assertThat(radar.channels.settings(LAB).wantsDigests()).isFalse();
    assertThat(radar.channels.settings(LAB).inactiveReason()).isEqualTo("channel_not_found");
    radar.clock.set(MONDAY_8.plus(Duration.ofDays(1)));
    assertThat(sweepAndDeliver()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aChannelThatWantsToHearAboutNothingNewIsTold(Kind kind) throws Exception {
    open(kind);
    radar.channels.update(LAB, s -> s.sayWhenEmpty(true));
    radar.clock.set(MONDAY_8);
    sweepAndDeliver();
    radar.clock.set(MONDAY_8.plus(Duration.ofDays(1)));

    assertThat(sweepAndDeliver()).containsExactly(Outcome.SENT);
    assertThat(sender.replies.get(1).plainText()).contains(DigestReplies.NOTHING_NEW);
  }
}
