package paperradar.core.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.poll.SourceHealth;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.subscribe.ChannelFeedStore;
import paperradar.core.text.UrlRedaction;

/**
 * Says when a feed breaks and when it works again, so a broken feed never goes silent. After each
 * poll of a URL: when it has failed for longer than {@code notices.afterHours}, each channel that
 * follows it (and, for a configured source, each channel of {@code notices.channels} and the log)
 * gets one message naming the feed and why; when it works again, one more. Never more than one
 * notice per feed and target in a day: a notice held back by that is sent at a later poll, if it is
 * still true then. Messages go through the digests' senders.
 */
public final class FeedNotices {

  private static final Logger log = LoggerFactory.getLogger(FeedNotices.class);

  /** The default of {@code notices.afterHours}. */
  public static final int DEFAULT_AFTER_HOURS = 12;

  /**
   * The target that stands for the log: global sources' notices are always logged. It is kept in
   * the notice ledger like a channel, under a console workspace no console channel has (those are
   * all {@code local}), so it can never be mistaken for one.
   */
  static final ChannelRef LOG = new ChannelRef(Platform.CONSOLE, "log", "paper-radar");

  static final Duration ONE_A_DAY = Duration.ofDays(1);

  private final SourceHealthStore health;
  private final ChannelFeedStore channelFeeds;
  private final FeedNoticeLedger ledger;
  private final Map<Platform, DigestSender> senders;
  private final Set<String> globalSources;
  private final List<ChannelRef> noticeChannels;
  private final Duration after;
  private final Clock clock;

  /**
   * @param senders the digests' senders, by platform
   * @param globalSources the configured sources' URLs
   * @param noticeChannels where configured sources' notices go ({@code notices.channels})
   * @param after how long a feed fails before it is said to be broken ({@code notices.afterHours})
   */
  public FeedNotices(
      SourceHealthStore health,
      ChannelFeedStore channelFeeds,
      FeedNoticeLedger ledger,
      Map<Platform, DigestSender> senders,
      Set<String> globalSources,
      List<ChannelRef> noticeChannels,
      Duration after,
      Clock clock) {
    this.health = health;
    this.channelFeeds = channelFeeds;
    this.ledger = ledger;
    this.senders = Map.copyOf(senders);
    this.globalSources = Set.copyOf(globalSources);
    this.noticeChannels = List.copyOf(noticeChannels);
    this.after = after;
    this.clock = clock;
  }

  /** Sends what is owed about this URL after a poll of it; never throws. */
  public void check(String url) {
    try {
      checkOrThrow(url);
    } catch (RuntimeException e) {
      log.warn("checking the notices of {} failed", UrlRedaction.redact(url), e);
    }
  }

  private void checkOrThrow(String url) {
    SourceHealth now = health.health(url);
    Instant at = clock.instant();
    boolean broken = now.failingFor(after, at);
    boolean working = now.consecutiveFailures() == 0 && now.lastSuccessAt() != null;
    if (!broken && !working) {
      return;
    }
    for (ChannelRef target : targets(url)) {
      Optional<FeedNoticeLedger.Notice> last = ledger.last(target, url);
      boolean owed =
          broken ? last.isEmpty() || !last.get().broken() : last.isPresent() && last.get().broken();
      boolean allowedToday = last.isEmpty() || !at.isBefore(last.get().at().plus(ONE_A_DAY));
      if (owed && allowedToday && send(target, url, broken, now, at)) {
        ledger.record(target, url, new FeedNoticeLedger.Notice(broken, at));
      }
    }
  }

  private List<ChannelRef> targets(String url) {
    List<ChannelRef> targets = new ArrayList<>(channelFeeds.channelsFollowing(url));
    if (globalSources.contains(url)) {
      targets.add(LOG);
      noticeChannels.stream().filter(c -> !targets.contains(c)).forEach(targets::add);
    }
    return targets;
  }

  /** Whether the notice went out (or, for the log, was logged). */
  private boolean send(
      ChannelRef target, String url, boolean broken, SourceHealth state, Instant at) {
    String text = broken ? brokenText(url, state, at) : workingText(url);
    if (target.equals(LOG)) {
      if (broken) {
        log.warn("notice: {}", text);
      } else {
        log.info("notice: {}", text);
      }
      return true;
    }
    DigestSender sender = senders.get(target.platform());
    if (sender == null || !sender.serves(target)) {
      // Another process serves that platform or shard; it sends the notice after its own polls.
      return false;
    }
    try {
      sender.send(
          target,
          Reply.channel(List.of(new ReplyPart.Text(text))),
          "notice:" + Integer.toHexString(url.hashCode()) + ":" + at.toEpochMilli());
      return true;
    } catch (DeliveryException e) {
      log.warn(
          "the notice about {} to {} failed: {}", UrlRedaction.redact(url), target, e.getMessage());
      return false;
    }
  }

  static String brokenText(String url, SourceHealth state, Instant at) {
    Instant since = state.failingSince() == null ? at : state.failingSince();
    long hours = Duration.between(since, at).toHours();
    return "The feed "
        + UrlRedaction.redact(url)
        + " has not worked for "
        + hours
        + (hours == 1 ? " hour" : " hours")
        + ": "
        + (state.lastError() == null ? "no reason given" : state.lastError())
        + ". paper-radar keeps trying it and will say here when it works again.";
  }

  static String workingText(String url) {
    return "The feed "
        + UrlRedaction.redact(url)
        + " works again: its new papers come in the digest as before.";
  }
}
