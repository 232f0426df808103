package paperradar.core.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The usage text of every subcommand, shown by {@code help} and with every refusal. */
public final class Usage {

  private static final Map<String, String> BY_SUBCOMMAND = new LinkedHashMap<>();

  static {
    BY_SUBCOMMAND.put(
        "trending",
        """
        /papers trending [day|week|month] [topic…]
          The papers gaining attention fastest, with why. The window defaults to day; a topic is a search query.""");
    BY_SUBCOMMAND.put(
        "search",
        """
        /papers search <query> [page N]
          Search titles, abstracts and authors: words, "phrases", title:, author:, abstract:, AND/OR/NOT,
          prefix*, since:2024-01-01.""");
    BY_SUBCOMMAND.put(
        "paper",
        """
        /papers paper <arXiv id or title>
          One paper: title, authors, abstract, links, signals and sources.""");
    BY_SUBCOMMAND.put(
        "similar",
        """
        /papers similar <arXiv id or title>
          The 5 papers nearest to it by meaning (embeddings of title and abstract), each with its similarity.""");
    BY_SUBCOMMAND.put(
        "subscribe",
        """
        /papers subscribe <topic>
          Follow a topic in this channel. A topic is a search query: words, "phrases", author:…, AND/OR/NOT.
          With a leading ~, as in ~"efficient long-context attention", it is matched by meaning instead.
          At most 25 topics per channel and 300 characters per topic.""");
    BY_SUBCOMMAND.put(
        "unsubscribe",
        """
        /papers unsubscribe <topic or its number>
          Stop following a topic; the numbers are those of /papers topics.""");
    BY_SUBCOMMAND.put(
        "topics",
        """
        /papers topics
          This channel's topics, with how many papers each matched in the last 7 days.""");
    BY_SUBCOMMAND.put(
        "digest",
        """
        /papers digest                         show this channel's digest settings
        /papers digest at 08:00 Europe/Berlin  set its time and time zone
        /papers digest weekdays|daily          set its days
        /papers digest on|off                  turn it on or off
        /papers digest empty say|skip          say "nothing new" or stay silent when there is nothing
        /papers digest preview                 show the digest as it would go out now""");
    BY_SUBCOMMAND.put(
        "feed",
        """
        /papers feed add <URL> [format]        poll a feed of your own; its new papers come in the digest
        /papers feed list                      this channel's feeds, numbered, and how each fares
        /papers feed remove <number>           stop polling one (its number from feed list)
          At most 10 feeds per channel; http or https only, and never an address of a private network.""");
    BY_SUBCOMMAND.put(
        "like",
        """
        /papers like <arXiv id or title>
          Tell the bot this channel liked a paper (the 👍 button does the same). Liking it again takes
          it back. Anyone in the channel may.""");
    BY_SUBCOMMAND.put(
        "dislike",
        """
        /papers dislike <arXiv id or title>
          Tell the bot this channel did not want a paper (the 👎 button does the same). Disliking it
          again takes it back; a dislike replaces a like and the other way round.""");
    BY_SUBCOMMAND.put(
        "likes",
        """
        /papers likes
          The papers this channel liked and disliked, newest first.""");
    BY_SUBCOMMAND.put(
        "help",
        """
        /papers help [subcommand]
          This overview, or the usage of one subcommand.""");
  }

  private Usage() {}

  public static Optional<String> of(String subcommand) {
    return Optional.ofNullable(BY_SUBCOMMAND.get(subcommand));
  }

  /** Every subcommand's usage, in a fixed order. */
  public static String overview() {
    return "paper-radar finds new and trending research papers.\n\n"
        + String.join("\n", BY_SUBCOMMAND.values())
        + "\n\nEnd any command with --private (on Discord: its private option) to keep the answer to yourself.";
  }

  public static boolean isSubcommand(String word) {
    return BY_SUBCOMMAND.containsKey(word);
  }
}
