package paperradar.core.store;

import java.util.List;

/**
 * What storing one capture did.
 *
 * @param read entries in the listing
 * @param newPapers papers the store did not know before
 * @param merged entries that joined a paper already known (including one seen earlier in the same
 *     listing)
 * @param alreadyStored true when this exact capture was stored before, so nothing changed
 * @param newPaperIds ids of the new papers, in listing order
 * @param paperIds ids of every paper the capture touched, in listing order, without repeats
 */
public record IngestReport(
    int read,
    int newPapers,
    int merged,
    boolean alreadyStored,
    List<Long> newPaperIds,
    List<Long> paperIds) {

  public IngestReport {
    newPaperIds = List.copyOf(newPaperIds);
    paperIds = List.copyOf(paperIds);
  }
}
