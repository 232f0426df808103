package paperradar.core.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.QueryException;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchSort;
import paperradar.core.store.PaperStore;

/**
 * Finds the one paper a user means by an arXiv id, a title, or the {@code #<store id>} a button
 * carries; never a guess: a title that fits several papers, or none exactly, gives candidates to
 * pick from.
 */
final class PaperLookup {

  static final int CANDIDATES = 5;
  private static final Pattern STORE_ID = Pattern.compile("^#(\\d{1,18})$");

  /** What a lookup found. */
  sealed interface Found {
    /** Exactly one paper. */
    record One(Paper paper) implements Found {}

    /**
     * Several papers, or none exactly and these close ones; possibly empty.
     *
     * @param sameTitle whether they all have the title asked for (rather than being near misses)
     */
    record Choices(List<Paper> papers, boolean sameTitle) implements Found {
      public Choices {
        papers = List.copyOf(papers);
      }
    }
  }

  private final PaperStore store;
  private final PaperIndex index;

  PaperLookup(PaperStore store, PaperIndex index) {
    this.store = store;
    this.index = index;
  }

  Found find(String asked) {
    String text = asked.strip();
    Matcher storeId = STORE_ID.matcher(text);
    if (storeId.matches()) {
      return one(store.paper(Long.parseLong(storeId.group(1))));
    }
    Optional<ArxivId> id = ArxivId.parse(text).or(() -> ArxivId.find(text));
    if (id.isPresent()) {
      return one(store.paperByArxivId(id.get()));
    }
    List<Paper> sameTitle = store.papersByTitleKey(TitleKey.of(text));
    if (sameTitle.size() == 1) {
      return new Found.One(sameTitle.getFirst());
    }
    if (sameTitle.size() > 1) {
      return new Found.Choices(sameTitle.subList(0, Math.min(CANDIDATES, sameTitle.size())), true);
    }
    return new Found.Choices(candidates(text), false);
  }

  private static Found one(Optional<Paper> paper) {
    return paper.<Found>map(Found.One::new).orElseGet(() -> new Found.Choices(List.of(), false));
  }

  /**
   * Up to {@link #CANDIDATES} papers whose titles come closest: the title as a phrase first, then
   * its words.
   */
  List<Paper> candidates(String asked) {
    // Lower case, so that a title's "And", "Or" or "Not" stays a word rather than an operator.
    String words = asked.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    if (words.isEmpty()) {
      return List.of();
    }
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    for (String query : List.of("title:\"" + words + "\"", String.join(" OR ", words.split(" ")))) {
      try {
        index
            .search(new SearchRequest(query, CANDIDATES, 0, SearchSort.RELEVANCE))
            .hits()
            .forEach(hit -> ids.add(hit.paperId()));
      } catch (QueryException e) {
        // Words the reader refuses (too long, say) leave fewer candidates, not a failure.
      }
      if (ids.size() >= CANDIDATES) {
        break;
      }
    }
    Map<Long, Paper> papers =
        store.papers(List.copyOf(ids)).stream()
            .collect(Collectors.toMap(Paper::id, Function.identity()));
    return ids.stream().map(papers::get).filter(Objects::nonNull).limit(CANDIDATES).toList();
  }
}
