package paperradar.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.Sighting;

/**
 * The durable record of papers and of every sighting of them.
 *
 * <p>Contract: {@link #ingest} stores a whole capture in one transaction or nothing of it. A paper
 * is identified by its arXiv id when any sighting gives one, else by its {@link
 * paperradar.core.model.TitleKey}; an id that arrives later attaches to the paper known by its
 * title.
 */
public interface PaperStore {

  default IngestReport ingest(Capture capture) {
    return ingest(capture, stored -> {});
  }

  /**
   * Stores a capture, telling {@code storedSoFar} how many of its entries are stored as it goes.
   */
  IngestReport ingest(Capture capture, IntConsumer storedSoFar);

  /**
   * A number that changes whenever this process stores a capture, so that what is derived from the
   * store can tell it is still current. Another process's captures do not change it.
   */
  long version();

  long paperCount();

  /** Every paper, by id. */
  List<Paper> papers();

  /** The papers with these ids, in the order given; unknown ids are left out. */
  List<Paper> papers(List<Long> ids);

  /**
   * The papers with these ids with only what ranking reads (id, arXiv id, title, published, first
   * seen): no authors, abstract, signals or sources. Much cheaper than {@link #papers(List)} for
   * many papers.
   */
  List<Paper> rankingKeys(List<Long> ids);

  Optional<Paper> paper(long id);

  Optional<Paper> paperByArxivId(ArxivId id);

  /** Papers whose title key is this one. */
  List<Paper> papersByTitleKey(String titleKey);

  /** The sightings of one paper, oldest first, with the link each listing gave. */
  List<Sighting> sightings(long paperId);

  /**
   * Papers new since a day: those whose arXiv date is on or after it, and those without an arXiv
   * date first seen on or after its start (UTC). Newest first.
   */
  List<Paper> papersNewSince(LocalDate day);

  /**
   * Every sighting captured at or after {@code since}, oldest first: the signal history trending
   * reads.
   */
  List<Sighting> sightingsSince(Instant since);

  /**
   * Every sighting, old ones included, of the papers seen at or after {@code since}, oldest first:
   * what trending needs to know where each signal stood before its window began.
   */
  List<Sighting> historiesOfPapersSeenSince(Instant since);
}
