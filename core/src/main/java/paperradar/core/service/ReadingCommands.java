package paperradar.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import paperradar.core.command.Command;
import paperradar.core.command.CommandParser;
import paperradar.core.command.Usage;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;
import paperradar.core.rank.TrendWindow;
import paperradar.core.rank.TrendingEntry;
import paperradar.core.rank.TrendingService;
import paperradar.core.reply.PaperCards;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.QueryException;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchResults;
import paperradar.core.search.SearchSort;
import paperradar.core.store.PaperStore;

/**
 * trending, search and paper: the answers that go to the whole channel (unless asked privately).
 */
public final class ReadingCommands {

  static final int TRENDING_SHOWN = 10;
  static final int SEARCH_PAGE_SIZE = 5;

  private final TrendingService trending;
  private final PaperIndex index;
  private final PaperStore store;

  private final PaperLookup lookup;

  public ReadingCommands(TrendingService trending, PaperIndex index, PaperStore store) {
    this.trending = trending;
    this.index = index;
    this.store = store;
    this.lookup = new PaperLookup(store, index);
  }

  Reply trending(Command.Trending command) {
    TrendWindow window = command.window();
    Optional<String> topic =
        command.topic().isBlank() ? Optional.empty() : Optional.of(command.topic());
    Optional<TrendWindow> meant = topic.flatMap(t -> WindowWords.closest(t.split("\\s+", 2)[0]));
    if (meant.isPresent()) {
      String word = topic.get().split("\\s+", 2)[0];
      String rest = topic.get().contains(" ") ? " " + topic.get().split("\\s+", 2)[1] : "";
      return Reply.refusal(
          "trending takes day, week or month; did you mean /papers trending "
              + meant.get().name().toLowerCase(Locale.ROOT)
              + rest
              + "? (To follow the word "
              + word
              + " as a topic, quote it: /papers trending \""
              + word
              + "\")",
          Usage.of("trending").orElseThrow());
    }
    List<TrendingEntry> entries;
    try {
      entries = trending.trending(window, topic, TRENDING_SHOWN);
    } catch (QueryException e) {
      return Reply.refusal(
          "That topic is not a query I can read: " + e.getMessage(),
          Usage.of("trending").orElseThrow());
    }
    String scope = topic.map(t -> " on " + t).orElse("");
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Heading("Trending" + scope + " in the last " + window.label()));
    if (entries.isEmpty()) {
      parts.add(
          new ReplyPart.Text("No paper" + scope + " was seen in the last " + window.label() + "."));
    }
    for (TrendingEntry entry : entries) {
      parts.add(PaperCards.brief(entry.paper(), entry.sparkAndWhy()));
    }
    return Reply.channel(parts);
  }

  Reply search(Command.Search command) {
    SearchResults results;
    try {
      results = searchPage(index, command.query(), command.page());
    } catch (QueryException e) {
      return Reply.refusal(
          "That search is not a query I can read: " + e.getMessage(),
          Usage.of("search").orElseThrow());
    }
    List<ReplyPart> parts = new ArrayList<>();
    long first = (long) (command.page() - 1) * SEARCH_PAGE_SIZE + 1;
    long last = first + results.hits().size() - 1;
    parts.add(
        new ReplyPart.Heading(
            results.totalHits() == 0
                ? "No paper matches " + command.query()
                : results.hits().isEmpty()
                    ? "No page "
                        + command.page()
                        + ": "
                        + results.totalText()
                        + (results.totalHits() == 1 ? " paper matches " : " papers match ")
                        + command.query()
                    : "Papers "
                        + first
                        + "–"
                        + last
                        + " of "
                        + results.totalText()
                        + " for "
                        + command.query()));
    Map<Long, Paper> papers =
        store.papers(results.hits().stream().map(SearchResults.Hit::paperId).toList()).stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    long number = first;
    for (SearchResults.Hit hit : results.hits()) {
      Paper paper = papers.get(hit.paperId());
      if (paper != null) {
        // Numbered across pages: page 2, headed "Papers 6–10", numbers its papers 6..10.
        parts.add(
            PaperCards.withDetail(paper, PaperCards.signals(paper.signals()), hit.snippet())
                .numbered((int) number));
      }
      number++;
    }
    List<ReplyPart.Button> buttons = new ArrayList<>();
    if (command.page() > 1 && !results.hits().isEmpty()) {
      buttons.add(
          new ReplyPart.Button(
              "Previous",
              CommandParser.searchLine(command.query(), command.page() - 1, command.privately())));
    }
    if (last < results.totalHits()
        && !results.hits().isEmpty()
        && command.page() < Command.Search.MAX_PAGE) {
      buttons.add(
          new ReplyPart.Button(
              "Next",
              CommandParser.searchLine(command.query(), command.page() + 1, command.privately())));
    }
    if (!buttons.isEmpty()) {
      parts.add(new ReplyPart.Buttons(buttons));
    }
    return Reply.channel(parts);
  }

  /**
   * One page of {@code /papers search}; {@code subscribe} counts through it too, so that the count
   * it gives is the one the search it points to shows.
   */
  static SearchResults searchPage(PaperIndex index, String query, int page) {
    return index.search(
        new SearchRequest(
            query, SEARCH_PAGE_SIZE, (page - 1) * SEARCH_PAGE_SIZE, SearchSort.RELEVANCE));
  }

  Reply paper(Command.ShowPaper command) {
    String asked = command.idOrTitle().strip();
    Optional<ArxivId> id = ArxivId.parse(asked).or(() -> ArxivId.find(asked));
    Optional<Paper> exact =
        id.isPresent()
            ? store.paperByArxivId(id.get())
            : store.papersByTitleKey(TitleKey.of(asked)).stream().findFirst();
    if (exact.isPresent()) {
      return Reply.channel(List.of(PaperCards.full(exact.get())));
    }
    List<Paper> candidates = id.isPresent() ? List.of() : lookup.candidates(asked);
    if (candidates.isEmpty()) {
      return new Reply(
          Reply.Visibility.EPHEMERAL,
          false,
          List.of(
              new ReplyPart.Text(
                  "I know no paper by that arXiv id or title. Try /papers search.")));
    }
    // Never a guess shown as if it were the paper asked for: the asker picks, and the reply says
    // why.
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(
        new ReplyPart.Text(
            "No exact match for \u201c" + PaperCards.cut(asked, 120) + "\u201d; did you mean:"));
    for (Paper candidate : candidates) {
      parts.add(PaperCards.brief(candidate, "/papers paper " + lookupKey(candidate)));
    }
    return Reply.ephemeral(parts);
  }

  /** What {@code /papers paper} finds this paper by exactly: its arXiv id, else its title. */
  private static String lookupKey(Paper paper) {
    return paper.arxivId() != null ? paper.arxivId().value() : paper.title();
  }
}
