package paperradar.core.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** A parsed {@code /papers} command: a small platform-neutral value that every chat adapter produces. */
public sealed interface Command {

  /** {@code trending [day|week|month] [topic…]}; an empty topic means every paper. */
  record Trending(String window, String topic) implements Command {}

  /** {@code search <query> [page N]}; pages count from 1. */
  record Search(String query, int page) implements Command {}

  /** {@code paper <arXiv id or title>}. */
  record ShowPaper(String idOrTitle) implements Command {}

  /** {@code subscribe <topic>}, where the topic is a search query. */
  record Subscribe(String topic) implements Command {}

  /** {@code unsubscribe <topic or its number>}. */
  record Unsubscribe(String topicOrNumber) implements Command {}

  /** {@code topics}. */
  record Topics() implements Command {}

  /** {@code digest}: show this channel's settings. */
  record DigestSettings() implements Command {}

  /** {@code digest at 08:00 [Europe/Berlin]}: the zone is kept when none is given. */
  record DigestAt(LocalTime time, Optional<ZoneId> zone) implements Command {}

  /** {@code digest weekdays|daily}. */
  record DigestDays(boolean weekdaysOnly) implements Command {}

  /** {@code digest on|off}. */
  record DigestEnabled(boolean enabled) implements Command {}

  /** {@code digest empty say|skip}: what a digest with nothing new does. */
  record DigestWhenEmpty(boolean sayNothingNew) implements Command {}

  /** {@code digest preview}. */
  record DigestPreview() implements Command {}

  /** {@code help [subcommand]}; an empty subcommand means the overview. */
  record Help(String subcommand) implements Command {}

  /** Whether the command changes the channel's subscriptions or settings (and so needs permission). */
  default boolean changesChannel() {
    return switch (this) {
      case Subscribe s -> true;
      case Unsubscribe u -> true;
      case DigestAt a -> true;
      case DigestDays d -> true;
      case DigestEnabled e -> true;
      case DigestWhenEmpty w -> true;
      default -> false;
    };
  }
}
