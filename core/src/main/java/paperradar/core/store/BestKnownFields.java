package paperradar.core.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;

/**
 * The descriptive fields of a paper that sightings improve over time, and the rules that pick the best
 * known value of each.
 */
record BestKnownFields(
    @Nullable ArxivId arxivId,
    String title,
    List<String> authors,
    @Nullable Integer authorCount,
    @Nullable String organization,
    String abstractText,
    boolean abstractComplete,
    @Nullable LocalDate published) {

  static BestKnownFields of(PaperSighting sighting) {
    List<String> authors = sighting.authors();
    return new BestKnownFields(sighting.arxivId(), sighting.title(), authors,
        authors.isEmpty() ? sighting.authorCount() : null, sighting.organization(), sighting.abstractText(),
        sighting.abstractComplete() || sighting.abstractText().isEmpty(), sighting.published());
  }

  /**
   * The best of these fields and a sighting's. The first title seen stays (it is what users first met);
   * author names beat a count, and a longer name list beats a shorter one; a complete abstract beats a
   * cut one, and a longer one of the same kind wins; arXiv's own date beats a listing's day.
   */
  BestKnownFields mergedWith(PaperSighting sighting) {
    ArxivId id = arxivId != null ? arxivId : sighting.arxivId();
    List<String> mergedAuthors = sighting.authors().size() > authors.size() ? sighting.authors() : authors;
    Integer count = mergedAuthors.isEmpty() ? (authorCount != null ? authorCount : sighting.authorCount()) : null;
    String org = organization != null ? organization : sighting.organization();
    boolean sightingComplete = sighting.abstractComplete();
    String mergedAbstract = abstractText;
    boolean complete = abstractComplete;
    if (!sighting.abstractText().isEmpty()) {
      boolean better = abstractText.isEmpty()
          || (sightingComplete && !abstractComplete)
          || (sightingComplete == abstractComplete && sighting.abstractText().length() > abstractText.length());
      if (better) {
        mergedAbstract = sighting.abstractText();
        complete = sightingComplete;
      }
    }
    LocalDate date = published;
    if (sighting.published() != null && (date == null || sighting.publishedByArxiv())) {
      date = sighting.published();
    }
    return new BestKnownFields(id, title, mergedAuthors, count, org, mergedAbstract, complete, date);
  }
}
