package paperradar.core.rank;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;
import paperradar.core.store.PaperStore;

/**
 * What is new across all channels: by the arXiv date where one is known, else by first sighting,
 * and then only when that first sighting was in a listing of new papers (see {@link NewsListings}).
 * (What is new to one channel is what its delivery ledger has not shown it.)
 */
public final class NewPapers {

  private final PaperStore store;
  private final Clock clock;

  public NewPapers(PaperStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Papers new today in the given zone. */
  public List<Paper> today(ZoneId zone) {
    return newSince(LocalDate.now(clock.withZone(zone)));
  }

  /** Papers new in the last seven days, today included. */
  public List<Paper> thisWeek(ZoneId zone) {
    return newSince(LocalDate.now(clock.withZone(zone)).minusDays(6));
  }

  private List<Paper> newSince(LocalDate day) {
    return store.papersNewSince(day).stream().filter(this::firstSeenAsNew).toList();
  }

  /**
   * A dated paper is dated by the query; an undated one counts only if a listing of new papers
   * showed it first.
   */
  private boolean firstSeenAsNew(Paper paper) {
    if (paper.published() != null) {
      return true;
    }
    List<Sighting> sightings = store.sightings(paper.id());
    return !sightings.isEmpty() && NewsListings.announcesNewPapers(sightings.get(0).format());
  }
}
