package paperradar.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.model.ArxivId;

/**
 * The descriptive fields of a paper that sightings improve over time, and the rules that pick the best
 * known value of each.
 */
record PaperFields(
    ArxivId arxivId,
    String title,
    List<String> authors,
    Integer authorCount,
    String organization,
    String abstractText,
    boolean abstractComplete,
    LocalDate published) {

  /** Formats whose dates are arXiv's own publication dates, not the day a listing showed the paper. */
  private static final Set<String> AUTHORITATIVE_DATES = Set.of("arxiv-atom", "arxiv-rss", "hf-json");

  static PaperFields of(ListingEntry entry) {
    List<String> authors = entry.authors();
    return new PaperFields(entry.arxivId(), entry.title(), authors, authors.isEmpty() ? entry.authorCount() : null,
        entry.organization(), entry.abstractText(), entry.abstractComplete() || entry.abstractText().isEmpty(),
        entry.published());
  }

  /**
   * The best of these fields and an entry's. The first title seen stays (it is what users first met);
   * author names beat a count, and a longer name list beats a shorter one; a complete abstract beats a
   * cut one, and a longer one of the same kind wins; arXiv's own date beats a listing's day.
   */
  PaperFields mergedWith(ListingEntry entry, String entryFormat) {
    ArxivId id = arxivId != null ? arxivId : entry.arxivId();
    List<String> mergedAuthors = entry.authors().size() > authors.size() ? entry.authors() : authors;
    Integer count = mergedAuthors.isEmpty() ? (authorCount != null ? authorCount : entry.authorCount()) : null;
    String org = organization != null ? organization : entry.organization();
    boolean entryComplete = entry.abstractComplete();
    String mergedAbstract = abstractText;
    boolean complete = abstractComplete;
    if (!entry.abstractText().isEmpty()) {
      boolean better = abstractText.isEmpty()
          || (entryComplete && !abstractComplete)
          || (entryComplete == abstractComplete && entry.abstractText().length() > abstractText.length());
      if (better) {
        mergedAbstract = entry.abstractText();
        complete = entryComplete;
      }
    }
    LocalDate date = published;
    if (entry.published() != null && (date == null || AUTHORITATIVE_DATES.contains(entryFormat))) {
      date = entry.published();
    }
    return new PaperFields(id, title, mergedAuthors, count, org, mergedAbstract, complete, date);
  }
}
