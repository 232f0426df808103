package paperradar.core.enrich;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.store.PaperStore;

/**
 * Completes papers from the arXiv API: a paper without an arXiv id is looked up by its exact title
 * and takes the answer only when the normalised titles are equal; a paper with an id but without
 * authors, abstract or date is looked up by id. The answers are ingested as an {@code arxiv-atom}
 * capture, so the merge gives them arXiv's authority. Titles and ids asked once are not asked again
 * by this instance.
 */
public final class ArxivEnricher {

  private static final Logger log = LoggerFactory.getLogger(ArxivEnricher.class);

  /** Titles in one {@code ti:"…" OR ti:"…"} query: a short URL, and few answers to sift. */
  static final int TITLES_PER_REQUEST = 10;

  /** Ids in one {@code id_list} request, as arXiv's API pages them. */
  static final int IDS_PER_REQUEST = 100;

  /** Answers read per title: phrase search also finds longer titles that contain the phrase. */
  private static final int ANSWERS_PER_TITLE = 5;

  private final PaperStore store;
  private final Ingestor ingestor;
  private final ArxivApiClient api;
  private final Clock clock;
  private final Set<String> askedTitles = new HashSet<>();
  private final Set<String> askedIds = new HashSet<>();
  private boolean reportedUnreachable;

  public ArxivEnricher(PaperStore store, Ingestor ingestor, ArxivApiClient api, Clock clock) {
    this.store = store;
    this.ingestor = ingestor;
    this.api = api;
    this.clock = clock;
  }

  /**
   * One pass over at most {@code limit} papers; an unreachable API ends it, logged once, never
   * thrown.
   */
  public synchronized EnrichReport enrich(int limit) throws InterruptedException {
    Map<String, Paper> byTitle = new LinkedHashMap<>();
    List<Paper> byId = new ArrayList<>();
    for (Paper paper : store.papers()) {
      if (byTitle.size() + byId.size() >= limit) {
        break;
      }
      if (paper.arxivId() == null) {
        String key = TitleKey.of(paper.title());
        if (!key.isEmpty() && !askedTitles.contains(key)) {
          byTitle.putIfAbsent(key, paper);
        }
      } else if ((paper.authors().isEmpty()
              || paper.abstractText().isEmpty()
              || paper.published() == null)
          && !askedIds.contains(paper.arxivId().value())) {
        byId.add(paper);
      }
    }
    int resolved = 0;
    int filled = 0;
    try {
      List<Map.Entry<String, Paper>> titles = new ArrayList<>(byTitle.entrySet());
      for (int from = 0; from < titles.size(); from += TITLES_PER_REQUEST) {
        resolved +=
            resolveTitles(titles.subList(from, Math.min(titles.size(), from + TITLES_PER_REQUEST)));
      }
      for (int from = 0; from < byId.size(); from += IDS_PER_REQUEST) {
        filled += fillByIds(byId.subList(from, Math.min(byId.size(), from + IDS_PER_REQUEST)));
      }
    } catch (IOException e) {
      if (!reportedUnreachable) {
        log.warn(
            "the arXiv API cannot be reached ({}); enrichment waits for its next turn",
            e.getMessage());
        reportedUnreachable = true;
      }
      return new EnrichReport(byTitle.size(), resolved, byId.size(), filled, true);
    }
    reportedUnreachable = false;
    return new EnrichReport(byTitle.size(), resolved, byId.size(), filled, false);
  }

  private int resolveTitles(List<Map.Entry<String, Paper>> batch)
      throws IOException, InterruptedException {
    List<String> phrases = new ArrayList<>();
    for (Map.Entry<String, Paper> wanted : batch) {
      phrases.add("ti:\"" + phrase(wanted.getValue().title()) + "\"");
    }
    List<ListingEntry> answers =
        api.search(String.join(" OR ", phrases), batch.size() * ANSWERS_PER_TITLE);
    Map<String, ListingEntry> accepted = new HashMap<>();
    Set<String> wantedKeys = new HashSet<>();
    batch.forEach(wanted -> wantedKeys.add(wanted.getKey()));
    for (ListingEntry answer : answers) {
      String key = TitleKey.of(answer.title());
      if (wantedKeys.contains(key) && answer.arxivId() != null) {
        accepted.putIfAbsent(key, answer);
      }
    }
    batch.forEach(wanted -> askedTitles.add(wanted.getKey()));
    store("arXiv API (titles)", new ArrayList<>(accepted.values()));
    return accepted.size();
  }

  private int fillByIds(List<Paper> batch) throws IOException, InterruptedException {
    List<String> ids = batch.stream().map(paper -> paper.arxivId().value()).toList();
    List<ListingEntry> answers = api.byIds(ids);
    Set<String> wanted = new HashSet<>(ids);
    List<ListingEntry> accepted =
        answers.stream()
            .filter(answer -> answer.arxivId() != null && wanted.contains(answer.arxivId().value()))
            .toList();
    askedIds.addAll(ids);
    store("arXiv API (ids)", accepted);
    return accepted.size();
  }

  private void store(String input, List<ListingEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<ListingEntry> numbered = new ArrayList<>();
    for (ListingEntry e : entries) {
      numbered.add(
          new ListingEntry(
              numbered.size() + 1,
              e.line(),
              e.title(),
              e.arxivId(),
              e.authors(),
              e.authorCount(),
              e.organization(),
              e.abstractText(),
              e.abstractComplete(),
              e.published(),
              e.url(),
              e.signals(),
              e.announceType(),
              e.affiliations(),
              e.version(),
              e.doi(),
              e.pmid(),
              e.s2Id(),
              e.categories(),
              e.codeUrl()));
    }
    ingestor.ingestRead(input, new Listing(ListingFormat.ARXIV_ATOM, numbered), clock.instant());
  }

  /** A title as an exact phrase: arXiv's query syntax has no escape for a quote. */
  static String phrase(String title) {
    return title.replace('"', ' ').replaceAll("\\s+", " ").strip();
  }
}
