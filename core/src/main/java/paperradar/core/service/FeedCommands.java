package paperradar.core.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.command.Usage;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.UrlGuard;
import paperradar.core.poll.SourceHealth;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.subscribe.ChannelFeed;
import paperradar.core.subscribe.ChannelFeedStore;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.FeedRefusedException;
import paperradar.core.text.UrlRedaction;

/**
 * feed add, feed list and feed remove: a channel's own feeds. A URL is checked by the {@link
 * UrlGuard} before it is stored (and again at every fetch). Answers are for the asker only.
 */
public final class FeedCommands {

  private final ChannelFeedStore feeds;
  private final ChannelStore channels;
  private final SourceHealthStore health;
  private final UrlGuard guard;
  private final Duration interval;
  private final Clock clock;

  /**
   * @param interval how often the channels' feeds are polled, as the answer to feed add says
   */
  public FeedCommands(
      ChannelFeedStore feeds,
      ChannelStore channels,
      SourceHealthStore health,
      UrlGuard guard,
      Duration interval,
      Clock clock) {
    this.feeds = feeds;
    this.channels = channels;
    this.health = health;
    this.guard = guard;
    this.interval = interval;
    this.clock = clock;
  }

  Reply add(CommandContext context, Command.FeedAdd command) {
    URI url;
    try {
      url = guard.check(command.url());
    } catch (UrlGuard.RefusedUrlException e) {
      return Reply.refusal(e.reason(), Usage.of("feed").orElseThrow());
    }
    ChannelFeed feed;
    try {
      feed =
          feeds.add(
              context.channel(),
              url.toString(),
              command.format().map(ListingFormat::cliName),
              context.userId(),
              clock.instant());
    } catch (FeedRefusedException e) {
      return Reply.refusal(capitalized(e.reason()) + ".", Usage.of("feed").orElseThrow());
    }
    channels.update(context.channel(), settings -> settings.active(true, null));
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Text(
                "This channel now follows the feed "
                    + UrlRedaction.redact(feed.url())
                    + " ("
                    + feed.format().orElse("format detected")
                    + "). It is polled every "
                    + minutes(interval)
                    + "; its new papers come in the digest under \"From your feeds\".")));
  }

  Reply list(CommandContext context) {
    List<ChannelFeed> followed = feeds.feeds(context.channel());
    if (followed.isEmpty()) {
      return Reply.ephemeral(
          List.of(
              new ReplyPart.Text(
                  "This channel has no feeds of its own. /papers feed add <URL> adds one.")));
    }
    List<String> lines = new ArrayList<>();
    Instant now = clock.instant();
    for (int i = 0; i < followed.size(); i++) {
      ChannelFeed feed = followed.get(i);
      lines.add(
          (i + 1)
              + ". "
              + UrlRedaction.redact(feed.url())
              + feed.format().map(format -> " (" + format + ")").orElse("")
              + ": "
              + state(health.health(feed.url()), now));
    }
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Heading("This channel's feeds"),
            new ReplyPart.Text(String.join("\n", lines))));
  }

  /** How a feed fares, in a few words. */
  private static String state(SourceHealth health, Instant now) {
    if (health.consecutiveFailures() > 0) {
      Instant since = health.failingSince();
      long hours = since == null ? 0 : Duration.between(since, now).toHours();
      return "failing"
          + (hours > 0 ? " for " + hours + (hours == 1 ? " hour" : " hours") : "")
          + " ("
          + health.lastError()
          + ")";
    }
    if (health.lastSuccessAt() != null) {
      return "works";
    }
    return "not polled yet";
  }

  Reply remove(CommandContext context, Command.FeedRemove command) {
    Optional<ChannelFeed> removed = feeds.remove(context.channel(), command.number());
    if (removed.isEmpty()) {
      return Reply.refusal(
          "This channel has no feed number "
              + command.number()
              + ". /papers feed list lists them with their numbers.",
          Usage.of("feed").orElseThrow());
    }
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Text(
                "This channel no longer follows the feed "
                    + UrlRedaction.redact(removed.get().url())
                    + ".")));
  }

  private static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0
        ? (minutes == 60 ? "hour" : minutes / 60 + " hours")
        : minutes + (minutes == 1 ? " minute" : " minutes");
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
