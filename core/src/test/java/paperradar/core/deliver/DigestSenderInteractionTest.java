package paperradar.core.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import paperradar.core.deliver.DigestDelivery.Outcome;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;
import paperradar.core.retry.Backoff;
import paperradar.core.service.PapersCommandServiceTestFeeds;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase.Kind;

/**
 * What delivery asks of a platform's sender, verified on a mock: the sender is the boundary, and
 * the question is which calls it got (how often, with which key, told what), not what a fake did
 * with them.
 */
@ExtendWith(MockitoExtension.class)
class DigestSenderInteractionTest {

  private static final ChannelRef LAB = ChannelRef.webhook("W1", "C-lab");
  private static final Instant MONDAY_8 = Instant.parse("2026-11-23T08:00:00Z");

  @TempDir Path temp;
  @Mock DigestSender sender;
  private RadarFixture radar;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    radar =
        new RadarFixture(
            Kind.H2, temp, new RadarFixture.MutableClock(MONDAY_8.minus(Duration.ofHours(2))));
    radar.ingest(
        "papers.xml",
        PapersCommandServiceTestFeeds.atom(
            LocalDate.of(2026, 11, 22),
            "2611.00001",
            "Diffusion Models for Sheep",
            "We generate sheep.",
            "Ada Lovelace"),
        LocalDate.of(2026, 11, 23));
    radar.channels.update(LAB, s -> s.at(LocalTime.of(8, 0), ZoneOffset.UTC));
    radar.clock.set(MONDAY_8.plusSeconds(30));
  }

  @AfterEach
  void close() {
    radar.close();
  }

  private Outcome deliverDueDigest() {
    DigestDelivery delivery =
        new DigestDelivery(
            radar.radar.digests(),
            radar.ledger,
            radar.channels,
            Map.of(Platform.WEBHOOK, sender),
            Backoff.defaults().withJitter(Backoff.Jitter.CEILING),
            waits::add,
            radar.clock,
            Duration.ofMinutes(10));
    DigestSweep.Plan plan =
        new DigestSweep(
                radar.channels,
                radar.ledger,
                java.util.Set.of(Platform.WEBHOOK),
                Duration.ofHours(6),
                radar.clock)
            .plan();
    assertThat(plan.due()).hasSize(1);
    return delivery.deliver(plan.due().getFirst().settings(), plan.due().getFirst().due());
  }

  @Test
  void aRetryAsksTheSenderAgainWithTheSameKeyAndSaysItMayHaveBeenSent() {
    when(sender.serves(any())).thenReturn(true);
    doThrow(new DeliveryException.Transient("HTTP 502", null, null))
        .doNothing()
        .when(sender)
        .send(eq(LAB), any(Reply.class), anyString(), anyBoolean());

    assertThat(deliverDueDigest()).isEqualTo(Outcome.SENT);

    String key = radar.ledger.entry(LAB, LocalDate.of(2026, 11, 23)).orElseThrow().deliveryKey();
    InOrder order = inOrder(sender);
    order.verify(sender).send(eq(LAB), any(Reply.class), eq(key), eq(false));
    order.verify(sender).send(eq(LAB), any(Reply.class), eq(key), eq(true));
    verify(sender, times(2)).send(any(), any(), anyString(), anyBoolean());
    verify(sender, never()).send(any(), any(), anyString());
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aPermanentFailureIsNotRetried() {
    when(sender.serves(any())).thenReturn(true);
    doThrow(new DeliveryException.Permanent("channel_not_found", null))
        .when(sender)
        .send(eq(LAB), any(Reply.class), anyString(), anyBoolean());

    assertThat(deliverDueDigest()).isEqualTo(Outcome.FAILED);

    verify(sender).send(eq(LAB), any(Reply.class), anyString(), eq(false));
    assertThat(waits).isEmpty();
  }

  @Test
  void aFirstTimeSuccessIsOneCall() {
    when(sender.serves(any())).thenReturn(true);
    doNothing().when(sender).send(eq(LAB), any(Reply.class), anyString(), anyBoolean());

    assertThat(deliverDueDigest()).isEqualTo(Outcome.SENT);

    verify(sender, atLeastOnce()).serves(LAB);
    verify(sender).send(eq(LAB), any(Reply.class), anyString(), eq(false));
    verifyNoMoreInteractions(sender);
  }
}
