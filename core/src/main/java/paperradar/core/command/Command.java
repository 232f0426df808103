package paperradar.core.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.rank.TrendWindow;
import paperradar.core.subscribe.FeedbackStore;
import paperradar.core.text.CleanText;

/**
 * A {@code /papers} command: a small platform-neutral value. The text grammar ({@link
 * CommandParser}) makes one from a line; Discord makes one straight from its typed options. {@link
 * CommandService} answers it.
 *
 * <p>Whether the answer is private is part of the command, and only of the three commands whose
 * answer goes to the channel ({@link Trending}, {@link Search}, {@link ShowPaper}): every other
 * answer is for the asker already. A {@code Request(Command, Visibility)} wrapper was the
 * alternative; it would allow a "private subscribe" that means nothing, and give every adapter a
 * second value to carry, so the flag lives in the records where it has a meaning.
 *
 * <p>The records are the door for what a user types: every text they hold passes {@link
 * CleanText#line} in their constructors, whichever adapter built them, so no control character
 * reaches a topic or a reply.
 */
public sealed interface Command {

  /**
   * {@code trending [day|week|month] [topic…]}; an empty topic means every paper.
   *
   * @param privately whether the answer is for the asker only instead of the channel
   */
  record Trending(TrendWindow window, String topic, boolean privately) implements Command {
    public Trending {
      Objects.requireNonNull(window, "window");
      topic = CleanText.line(Objects.requireNonNull(topic, "topic"));
    }

    /** Trending shown to the channel. */
    public Trending(TrendWindow window, String topic) {
      this(window, topic, false);
    }
  }

  /**
   * {@code search <query> [page N]}; pages count from 1.
   *
   * @param privately whether the answer is for the asker only instead of the channel
   */
  record Search(String query, int page, boolean privately) implements Command {
    /** The last page anyone may ask for: deep pages cost the index and help nobody. */
    public static final int MAX_PAGE = 100;

    public Search {
      query = CleanText.line(Objects.requireNonNull(query, "query"));
      if (page < 1 || page > MAX_PAGE) {
        throw new IllegalArgumentException("page must be from 1 to " + MAX_PAGE + ", not " + page);
      }
    }

    /** A search shown to the channel. */
    public Search(String query, int page) {
      this(query, page, false);
    }
  }

  /**
   * {@code paper <arXiv id or title>}.
   *
   * @param privately whether the answer is for the asker only instead of the channel
   */
  record ShowPaper(String idOrTitle, boolean privately) implements Command {
    public ShowPaper {
      idOrTitle = CleanText.line(Objects.requireNonNull(idOrTitle, "idOrTitle"));
    }

    /** A paper shown to the channel. */
    public ShowPaper(String idOrTitle) {
      this(idOrTitle, false);
    }
  }

  /**
   * {@code similar <arXiv id or title>}: the papers nearest to it by meaning.
   *
   * @param privately whether the answer is for the asker only instead of the channel
   */
  record Similar(String idOrTitle, boolean privately) implements Command {
    public Similar {
      idOrTitle = CleanText.line(Objects.requireNonNull(idOrTitle, "idOrTitle"));
    }

    /** Similar papers shown to the channel. */
    public Similar(String idOrTitle) {
      this(idOrTitle, false);
    }
  }

  /**
   * {@code subscribe <topic>}, where the topic is a search query, or with a leading {@code ~} a
   * phrase matched by meaning.
   */
  record Subscribe(String topic) implements Command {
    public Subscribe {
      topic = CleanText.line(Objects.requireNonNull(topic, "topic"));
    }
  }

  /** {@code unsubscribe <topic or its number>}. */
  record Unsubscribe(String topicOrNumber) implements Command {
    public Unsubscribe {
      topicOrNumber = CleanText.line(Objects.requireNonNull(topicOrNumber, "topicOrNumber"));
    }
  }

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

  /**
   * {@code feed add <URL> [format]}: the channel polls its own feed.
   *
   * @param format the format to read it as, or empty to detect it
   */
  record FeedAdd(String url, Optional<ListingFormat> format) implements Command {
    public FeedAdd {
      url = CleanText.line(Objects.requireNonNull(url, "url"));
      Objects.requireNonNull(format, "format");
    }
  }

  /** {@code feed list}: the channel's own feeds, numbered. */
  record FeedList() implements Command {}

  /** {@code feed remove <number>}, a number of {@code feed list}. */
  record FeedRemove(int number) implements Command {}

  /**
   * {@code like <arXiv id or title>} or {@code dislike …} (the 👍 and 👎 buttons run it too): gives
   * the channel's verdict on a paper; the same verdict again takes it back. Anyone in the channel
   * may give it. A button carries {@code #<store id>} for a paper without an arXiv id.
   */
  record GiveFeedback(FeedbackStore.Verdict verdict, String idOrTitle) implements Command {
    public GiveFeedback {
      Objects.requireNonNull(verdict, "verdict");
      idOrTitle = CleanText.line(Objects.requireNonNull(idOrTitle, "idOrTitle"));
    }
  }

  /** {@code likes}: the channel's likes and dislikes. */
  record Likes() implements Command {}

  /** {@code help [subcommand]}; an empty subcommand means the overview. */
  record Help(String subcommand) implements Command {
    public Help {
      subcommand = CleanText.line(Objects.requireNonNull(subcommand, "subcommand"));
    }
  }

  /**
   * The subcommand's name, as typed and as used for metrics, logs and its usage ({@link Usage#of}).
   */
  default String name() {
    return switch (this) {
      case Trending t -> "trending";
      case Search s -> "search";
      case ShowPaper p -> "paper";
      case Similar s -> "similar";
      case Subscribe s -> "subscribe";
      case Unsubscribe u -> "unsubscribe";
      case Topics t -> "topics";
      case DigestSettings d -> "digest";
      case DigestAt d -> "digest";
      case DigestDays d -> "digest";
      case DigestEnabled d -> "digest";
      case DigestWhenEmpty d -> "digest";
      case DigestPreview d -> "digest";
      case FeedAdd f -> "feed";
      case FeedList f -> "feed";
      case FeedRemove f -> "feed";
      case Help h -> "help";
      case GiveFeedback f -> f.verdict() == FeedbackStore.Verdict.LIKE ? "like" : "dislike";
      case Likes l -> "likes";
    };
  }

  /**
   * Whether the command changes the channel's subscriptions or settings (and so needs permission).
   */
  default boolean changesChannel() {
    return switch (this) {
      case Subscribe s -> true;
      case Unsubscribe u -> true;
      case DigestAt a -> true;
      case DigestDays d -> true;
      case DigestEnabled e -> true;
      case DigestWhenEmpty w -> true;
      case Trending t -> false;
      case Search s -> false;
      case ShowPaper p -> false;
      case Similar s -> false;
      case Topics t -> false;
      case DigestSettings s -> false;
      case DigestPreview p -> false;
      case FeedAdd f -> true;
      case FeedRemove f -> true;
      case FeedList f -> false;
      case Help h -> false;
      // Anyone in the channel may say what they think of a paper.
      case GiveFeedback f -> false;
      case Likes l -> false;
    };
  }

  /**
   * Whether the answer is for the asker only: always, except trending, search and paper asked
   * without {@code privately}. An adapter that must choose before the answer exists (Discord's
   * deferral) reads it.
   */
  default boolean answersAskerOnly() {
    return switch (this) {
      case Trending t -> t.privately();
      case Search s -> s.privately();
      case ShowPaper p -> p.privately();
      case Similar s -> s.privately();
      case Subscribe s -> true;
      case Unsubscribe u -> true;
      case Topics t -> true;
      case DigestSettings s -> true;
      case DigestAt a -> true;
      case DigestDays d -> true;
      case DigestEnabled e -> true;
      case DigestWhenEmpty w -> true;
      case DigestPreview p -> true;
      case FeedAdd f -> true;
      case FeedList f -> true;
      case FeedRemove f -> true;
      case Help h -> true;
      case GiveFeedback f -> true;
      case Likes l -> true;
    };
  }
}
