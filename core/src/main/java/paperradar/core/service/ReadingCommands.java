package paperradar.core.service;

import java.util.ArrayList;
import java.util.List;
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

/** trending, search and paper: the answers that go to the whole channel (unless asked privately). */
public final class ReadingCommands {

  static final int TRENDING_SHOWN = 10;
  static final int SEARCH_PAGE_SIZE = 5;

  private final TrendingService trending;
  private final PaperIndex index;
  private final PaperStore store;

  public ReadingCommands(TrendingService trending, PaperIndex index, PaperStore store) {
    this.trending = trending;
    this.index = index;
    this.store = store;
  }

  Reply trending(Command.Trending command) {
    TrendWindow window = command.window();
    Optional<String> topic = command.topic().isBlank() ? Optional.empty() : Optional.of(command.topic());
    List<TrendingEntry> entries;
    try {
      entries = trending.trending(window, topic, TRENDING_SHOWN);
    } catch (QueryException e) {
      return Reply.refusal("That topic is not a query I can read: " + e.getMessage(), Usage.of("trending").orElseThrow());
    }
    String scope = topic.map(t -> " on " + t).orElse("");
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Heading("Trending" + scope + " in the last " + window.label()));
    if (entries.isEmpty()) {
      parts.add(new ReplyPart.Text("No paper" + scope + " was seen in the last " + window.label() + "."));
    }
    for (TrendingEntry entry : entries) {
      parts.add(PaperCards.brief(entry.paper(), entry.sparkAndWhy()));
    }
    return Reply.channel(parts);
  }

  Reply search(Command.Search command) {
    SearchResults results;
    try {
      results = index.search(new SearchRequest(command.query(), SEARCH_PAGE_SIZE,
          (command.page() - 1) * SEARCH_PAGE_SIZE, SearchSort.RELEVANCE));
    } catch (QueryException e) {
      return Reply.refusal("That search is not a query I can read: " + e.getMessage(), Usage.of("search").orElseThrow());
    }
    List<ReplyPart> parts = new ArrayList<>();
    long first = (long) (command.page() - 1) * SEARCH_PAGE_SIZE + 1;
    long last = first + results.hits().size() - 1;
    parts.add(new ReplyPart.Heading(results.totalHits() == 0 ? "No paper matches " + command.query()
        : results.hits().isEmpty() ? "No page " + command.page() + ": " + results.totalText()
            + (results.totalHits() == 1 ? " paper matches " : " papers match ")
            + command.query()
        : "Papers " + first + "–" + last + " of " + results.totalText() + " for " + command.query()));
    Map<Long, Paper> papers = store.papers(results.hits().stream().map(SearchResults.Hit::paperId).toList())
        .stream().collect(Collectors.toMap(Paper::id, Function.identity()));
    for (SearchResults.Hit hit : results.hits()) {
      Paper paper = papers.get(hit.paperId());
      if (paper != null) {
        parts.add(PaperCards.withDetail(paper, PaperCards.signals(paper.signals()), hit.snippet()));
      }
    }
    List<ReplyPart.Button> buttons = new ArrayList<>();
    if (command.page() > 1 && !results.hits().isEmpty()) {
      buttons.add(new ReplyPart.Button("Previous",
          CommandParser.searchLine(command.query(), command.page() - 1, command.privately())));
    }
    if (last < results.totalHits() && !results.hits().isEmpty() && command.page() < Command.Search.MAX_PAGE) {
      buttons.add(new ReplyPart.Button("Next",
          CommandParser.searchLine(command.query(), command.page() + 1, command.privately())));
    }
    if (!buttons.isEmpty()) {
      parts.add(new ReplyPart.Buttons(buttons));
    }
    return Reply.channel(parts);
  }

  Reply paper(Command.ShowPaper command) {
    Optional<Paper> found = find(command.idOrTitle().strip());
    if (found.isEmpty()) {
      return new Reply(Reply.Visibility.EPHEMERAL, false, List.of(new ReplyPart.Text(
          "I know no paper by that arXiv id or title. Try /papers search.")));
    }
    return Reply.channel(List.of(PaperCards.full(found.get())));
  }

  private Optional<Paper> find(String idOrTitle) {
    Optional<ArxivId> id = ArxivId.parse(idOrTitle).or(() -> ArxivId.find(idOrTitle));
    if (id.isPresent()) {
      return store.paperByArxivId(id.get());
    }
    List<Paper> byTitle = store.papersByTitleKey(TitleKey.of(idOrTitle));
    if (!byTitle.isEmpty()) {
      return Optional.of(byTitle.get(0));
    }
    try {
      String phrase = "title:\"" + idOrTitle.replace("\"", " ") + "\"";
      return index.search(new SearchRequest(phrase, 1, 0, SearchSort.RELEVANCE)).hits().stream()
          .findFirst().flatMap(hit -> store.paper(hit.paperId()));
    } catch (QueryException e) {
      return Optional.empty();
    }
  }
}
