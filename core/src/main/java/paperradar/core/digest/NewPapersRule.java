package paperradar.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;
import paperradar.core.rank.NewsListings;
import paperradar.core.store.PaperStore;

/**
 * What counts as new in a digest: a paper published in the window (on or after its first day, in
 * the channel's zone); an undated paper only when it was first seen in the window and its first
 * sighting was in a listing of new papers (a daily page, the HF daily JSON, an arXiv listing or
 * feed). A search page or a summary page shows papers of any age, so a paper first seen there is
 * never new for lack of a date.
 */
final class NewPapersRule {

  private final PaperStore store;
  private final Instant since;
  private final LocalDate firstDay;

  NewPapersRule(PaperStore store, Instant since, ZoneId zone) {
    this.store = store;
    this.since = since;
    this.firstDay = LocalDate.ofInstant(since, zone);
  }

  boolean isNew(Paper paper) {
    if (paper.published() != null) {
      return !paper.published().isBefore(firstDay);
    }
    if (paper.firstSeen().isBefore(since)) {
      return false;
    }
    List<Sighting> sightings = store.sightings(paper.id());
    return !sightings.isEmpty() && NewsListings.announcesNewPapers(sightings.get(0).format());
  }
}
