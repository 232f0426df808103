package paperradar.core.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.command.Usage;
import paperradar.core.embed.SemanticTopic;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.QueryException;
import paperradar.core.search.SearchResults;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.Topic;
import paperradar.core.subscribe.TopicListener;
import paperradar.core.subscribe.TopicRefusedException;
import paperradar.core.subscribe.TopicStore;

/** subscribe, unsubscribe and topics: a channel's topics. Their answers are for the asker only. */
public final class TopicCommands {

  static final Duration COUNTED = Duration.ofDays(7);

  private final PaperIndex index;
  private final TopicStore topics;
  private final ChannelStore channels;
  private final TopicListener topicListener;
  private final Clock clock;
  private final boolean semanticTopics;

  /**
   * @param index reads a topic as a query and counts the stored papers it matches
   * @param topicListener told of each topic subscribed and unsubscribed (the topic matcher)
   */
  public TopicCommands(
      PaperIndex index,
      TopicStore topics,
      ChannelStore channels,
      TopicListener topicListener,
      Clock clock) {
    this(index, topics, channels, topicListener, clock, false);
  }

  /**
   * @param semanticTopics whether this process embeds papers, so that a semantic topic ({@code ~…})
   *     can be subscribed to
   */
  public TopicCommands(
      PaperIndex index,
      TopicStore topics,
      ChannelStore channels,
      TopicListener topicListener,
      Clock clock,
      boolean semanticTopics) {
    this.index = index;
    this.topics = topics;
    this.channels = channels;
    this.topicListener = topicListener;
    this.clock = clock;
    this.semanticTopics = semanticTopics;
  }

  Reply subscribe(CommandContext context, Command.Subscribe command) {
    String query = command.topic().strip();
    if (SemanticTopic.isSemantic(query)) {
      return subscribeSemantic(context, query);
    }
    try {
      index.parseQuery(query);
    } catch (QueryException e) {
      return Reply.refusal(
          "That topic is not a query I can read: " + e.getMessage(),
          Usage.of("subscribe").orElseThrow());
    }
    Topic topic;
    try {
      topic = topics.subscribe(context.channel(), query, context.userId(), clock.instant());
    } catch (TopicRefusedException e) {
      return Reply.refusal(capitalized(e.getMessage()) + ".", Usage.of("subscribe").orElseThrow());
    }
    channels.update(context.channel(), settings -> settings.active(true, null));
    topicListener.subscribed(topic);
    // The count is the one the search it points to shows (the same query, through the same page),
    // so the two never disagree. /papers topics counts only matches recorded from now on, and says
    // that it does.
    SearchResults stored = ReadingCommands.searchPage(index, query, 1);
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Text(
                "This channel now follows "
                    + query
                    + ". From now on, each"
                    + " new paper that matches it is counted in /papers topics and comes in the digest. "
                    + alreadyHere(stored, query))));
  }

  /**
   * A semantic topic is stored as {@code ~"phrase"}, its phrase's spaces folded, so that the same
   * phrase typed with or without quotes is the same topic. Its phrase is embedded later, on the
   * embedding thread: the answer never waits for the model.
   */
  private Reply subscribeSemantic(CommandContext context, String typed) {
    String phrase;
    try {
      phrase = SemanticTopic.phraseOf(typed);
    } catch (IllegalArgumentException e) {
      return Reply.refusal(
          capitalized(String.valueOf(e.getMessage())) + ".", Usage.of("subscribe").orElseThrow());
    }
    if (!semanticTopics) {
      return Reply.refusal(
          "Semantic topics (~…) need embeddings, which are off in this process: subscribe in a"
              + " chat of the running bot (unless index.embeddings is false).",
          Usage.of("subscribe").orElseThrow());
    }
    String query = Topic.SEMANTIC_MARK + "\"" + phrase + "\"";
    Topic topic;
    try {
      topic = topics.subscribe(context.channel(), query, context.userId(), clock.instant());
    } catch (TopicRefusedException e) {
      return Reply.refusal(capitalized(e.getMessage()) + ".", Usage.of("subscribe").orElseThrow());
    }
    channels.update(context.channel(), settings -> settings.active(true, null));
    topicListener.subscribed(topic);
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Text(
                "This channel now follows "
                    + query
                    + ", a semantic topic: from now on, each new paper whose title and abstract"
                    + " mean something close to it (cosine similarity of their embeddings at least "
                    + SimilarCommands.similarity(SemanticTopic.THRESHOLD)
                    + "), whatever its words, is counted in /papers topics and comes in the"
                    + " digest.")));
  }

  private static String alreadyHere(SearchResults stored, String query) {
    if (stored.totalHits() == 0) {
      return "No stored paper matches it yet.";
    }
    if (stored.totalHits() == 1 && stored.totalExact()) {
      return "1 stored paper already matches it: /papers search " + query + " shows it.";
    }
    return stored.totalText()
        + " stored papers already match it: /papers search "
        + query
        + " shows them.";
  }

  Reply unsubscribe(CommandContext context, Command.Unsubscribe command) {
    Optional<Topic> removed = topics.unsubscribe(context.channel(), command.topicOrNumber());
    if (removed.isEmpty()) {
      return Reply.refusal(
          "This channel follows no topic \""
              + shorten(command.topicOrNumber())
              + "\". /papers topics lists them with their numbers.",
          Usage.of("unsubscribe").orElseThrow());
    }
    topicListener.unsubscribed(removed.get());
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Text("This channel no longer follows " + removed.get().query() + ".")));
  }

  Reply list(CommandContext context) {
    List<Topic> followed = topics.topics(context.channel());
    if (followed.isEmpty()) {
      return Reply.ephemeral(
          List.of(
              new ReplyPart.Text(
                  "This channel follows no topics yet. Try /papers subscribe \"large language models\".")));
    }
    Map<Long, Integer> counts =
        topics.matchCounts(context.channel(), clock.instant().minus(COUNTED));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < followed.size(); i++) {
      int count = counts.getOrDefault(followed.get(i).id(), 0);
      lines.add(
          (i + 1)
              + ". "
              + followed.get(i).query()
              + " ("
              + count
              + (count == 1 ? " paper" : " papers")
              + " in the last 7 days) · "
              + followed.get(i).kind());
    }
    return Reply.ephemeral(
        List.of(
            new ReplyPart.Heading("This channel's topics"),
            new ReplyPart.Text(String.join("\n", lines))));
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
