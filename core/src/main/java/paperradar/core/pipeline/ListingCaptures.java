package paperradar.core.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.store.Capture;
import paperradar.core.store.DateClass;
import paperradar.core.store.PaperSighting;
import paperradar.core.store.SourceAuthority;

/**
 * Turns what a parser read into what the store takes: the one place that knows both, so a field a
 * parser learns to read reaches the store by one line here and one in {@link PaperSighting}.
 */
public final class ListingCaptures {

  private ListingCaptures() {}

  /**
   * The capture of a listing read from {@code input} at {@code capturedAt}, its bytes hashing to
   * {@code sha256}.
   */
  public static Capture capture(String input, Listing listing, Instant capturedAt, String sha256) {
    return new Capture(
        input,
        listing.format().cliName(),
        listing.entries().stream().map(entry -> sighting(entry, listing.format())).toList(),
        capturedAt,
        sha256);
  }

  /** One entry of a listing in the given format, as the store keeps it. */
  public static PaperSighting sighting(ListingEntry entry, ListingFormat format) {
    boolean knownPaper = entry.isReplacement() || entry.isCrossList();
    return new PaperSighting(
        entry.position(),
        entry.title(),
        entry.arxivId(),
        entry.authors(),
        entry.authorCount(),
        entry.organization(),
        entry.abstractText(),
        entry.abstractComplete(),
        knownPaper ? null : entry.published(),
        dateClass(format),
        authority(format),
        entry.url(),
        entry.signals(),
        entry.announceType(),
        entry.version(),
        versionDate(entry, format),
        entry.doi(),
        entry.pmid(),
        entry.s2Id(),
        entry.categories(),
        entry.codeUrl());
  }

  /**
   * An announcement's day is the day of the version it announces; arXiv's own date is version 1's.
   */
  private static @Nullable LocalDate versionDate(ListingEntry entry, ListingFormat format) {
    if (entry.version() == null) {
      return null;
    }
    return switch (dateClass(format)) {
      case ANNOUNCEMENT -> entry.published();
      case ARXIV -> entry.version() == 1 ? entry.published() : null;
      case SIGHTING -> null;
    };
  }

  /**
   * What a format's dates mean: the summary page shows the date "at arxiv.org", HF JSON arXiv's
   * date.
   */
  static DateClass dateClass(ListingFormat format) {
    return switch (format) {
      case ARXIV_ATOM, HF_JSON, SUMMARY_PAGE -> DateClass.ARXIV;
      case ARXIV_RSS, ARXIV_RDF -> DateClass.ANNOUNCEMENT;
      case AIMODELS, HF_DAILY, HF_SEARCH, S2_JSON, BIORXIV_JSON, PUBMED_XML, FEED ->
          DateClass.SIGHTING;
    };
  }

  /** How far a format is trusted for a paper's fields. */
  static SourceAuthority authority(ListingFormat format) {
    return switch (format) {
      case ARXIV_ATOM -> SourceAuthority.ARXIV_API;
      case ARXIV_RSS, ARXIV_RDF -> SourceAuthority.ARXIV_RSS;
      case HF_JSON -> SourceAuthority.HF_JSON;
      case S2_JSON, BIORXIV_JSON, PUBMED_XML, FEED -> SourceAuthority.OTHER_FEED;
      case AIMODELS, HF_DAILY, HF_SEARCH, SUMMARY_PAGE -> SourceAuthority.PAGE_TEXT;
    };
  }
}
