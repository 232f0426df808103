package paperradar.core.pipeline;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.store.Capture;
import paperradar.core.store.PaperSighting;

/**
 * Turns what a parser read into what the store takes: the one place that knows both, so a field a
 * parser learns to read reaches the store by one line here and one in {@link PaperSighting}.
 */
public final class ListingCaptures {

  /** Formats whose dates are arXiv's own publication dates, not the day a listing showed the paper. */
  private static final Set<ListingFormat> ARXIV_DATES =
      EnumSet.of(ListingFormat.ARXIV_ATOM, ListingFormat.ARXIV_RSS, ListingFormat.HF_JSON);

  private ListingCaptures() {}

  /** The capture of a listing read from {@code input} at {@code capturedAt}, its bytes hashing to {@code sha256}. */
  public static Capture capture(String input, Listing listing, Instant capturedAt, String sha256) {
    return new Capture(input, listing.format().cliName(),
        listing.entries().stream().map(entry -> sighting(entry, listing.format())).toList(), capturedAt, sha256);
  }

  /** One entry of a listing in the given format, as the store keeps it. */
  public static PaperSighting sighting(ListingEntry entry, ListingFormat format) {
    return new PaperSighting(
        entry.position(),
        entry.title(),
        entry.arxivId(),
        entry.authors(),
        entry.authorCount(),
        entry.organization(),
        entry.abstractText(),
        entry.abstractComplete(),
        entry.published(),
        ARXIV_DATES.contains(format),
        entry.url(),
        entry.signals(),
        entry.announceType());
  }
}
