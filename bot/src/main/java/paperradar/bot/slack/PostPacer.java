package paperradar.bot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import paperradar.core.deliver.Sleeper;
import paperradar.core.model.ChannelRef;

/**
 * Paces chat.postMessage per team and per channel: Slack takes about one message a second in a
 * channel, with a workspace-wide limit on top. Each team has its own schedule, so a team with
 * hundreds of channels queues behind itself and never delays another team's digest.
 */
final class PostPacer {

  /** Slack's pace within one channel. */
  static final Duration PER_CHANNEL = Duration.ofSeconds(1);

  /** Between posts to different channels of one team: five a second, within the workspace limit. */
  static final Duration PER_TEAM = Duration.ofMillis(200);

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration perChannel;
  private final Duration perTeam;
  private final Map<String, TeamSchedule> teams = new ConcurrentHashMap<>();

  PostPacer(Clock clock, Sleeper sleeper, Duration perChannel, Duration perTeam) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.perChannel = perChannel;
    this.perTeam = perTeam;
  }

  static PostPacer slacks(Clock clock, Sleeper sleeper) {
    return new PostPacer(clock, sleeper, PER_CHANNEL, PER_TEAM);
  }

  /** Waits for this channel's next turn (no wait when its team and the channel are idle). */
  void awaitTurn(ChannelRef channel) throws InterruptedException {
    sleeper.sleep(reserve(channel));
  }

  /** Takes the channel's next slot and says how long until it comes. */
  Duration reserve(ChannelRef channel) {
    TeamSchedule team = teams.computeIfAbsent(channel.workspace(), id -> new TeamSchedule());
    synchronized (team) {
      Instant now = clock.instant();
      team.channels.values().removeIf(next -> !next.isAfter(now));
      Instant at = latest(now, team.next, team.channels.get(channel.channel()));
      team.next = at.plus(perTeam);
      team.channels.put(channel.channel(), at.plus(perChannel));
      return Duration.between(now, at);
    }
  }

  private static Instant latest(
      Instant now, @Nullable Instant teamNext, @Nullable Instant channelNext) {
    Instant at = teamNext != null && teamNext.isAfter(now) ? teamNext : now;
    return channelNext != null && channelNext.isAfter(at) ? channelNext : at;
  }

  /**
   * One team's next free slot and its channels' next free slots (only those still in the future).
   */
  private static final class TeamSchedule {
    private @Nullable Instant next;
    private final Map<String, Instant> channels = new HashMap<>();
  }
}
