package paperradar.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import paperradar.core.model.SignalName;

/**
 * Keeps implausible values out of the store: a date before {@link #EARLIEST} or more than a year
 * after the capture date becomes unknown, and a signal outside 0 … {@link #MAX_SIGNAL} is dropped,
 * each with a warning naming the entry. A listing that says {@code +999999999-12-31} or {@code
 * upvotes: -5} is still ingested; only the value nobody could mean is left out.
 */
public final class EntryChecks {

  /** No paper paper-radar tracks is older than arXiv's early years. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /**
   * The largest signal (upvotes, comments, points) taken as true: no listing shows a billion votes.
   */
  public static final long MAX_SIGNAL = 1_000_000_000L;

  private EntryChecks() {}

  /**
   * The listing with every entry's date and signals checked against the capture date of {@code
   * context}.
   */
  public static Listing checked(Listing listing, ParseContext context) {
    List<ListingEntry> entries = new ArrayList<>(listing.entries().size());
    for (ListingEntry entry : listing.entries()) {
      entries.add(checked(entry, context));
    }
    return new Listing(listing.format(), entries);
  }

  /** One entry, checked as above; the same entry when nothing needs to change. */
  public static ListingEntry checked(ListingEntry entry, ParseContext context) {
    LocalDate published = entry.published();
    LocalDate latest = context.asOf().plusYears(1);
    boolean dropDate =
        published != null && (published.isBefore(EARLIEST) || published.isAfter(latest));
    if (dropDate) {
      context.warn(
          entry.line(),
          name(entry)
              + ": date "
              + published
              + " is outside "
              + EARLIEST
              + " … "
              + latest
              + "; stored as unknown");
    }
    Map<SignalName, Long> signals = new EnumMap<>(SignalName.class);
    for (Map.Entry<SignalName, Long> signal : entry.signals().entrySet()) {
      long value = signal.getValue();
      if (value < 0 || value > MAX_SIGNAL) {
        context.warn(
            entry.line(),
            name(entry)
                + ": "
                + signal.getKey().wireName()
                + " "
                + value
                + " is outside 0 … "
                + MAX_SIGNAL
                + "; dropped");
      } else {
        signals.put(signal.getKey(), value);
      }
    }
    if (!dropDate && signals.size() == entry.signals().size()) {
      return entry;
    }
    return new ListingEntry(
        entry.position(),
        entry.line(),
        entry.title(),
        entry.arxivId(),
        entry.authors(),
        entry.authorCount(),
        entry.organization(),
        entry.abstractText(),
        entry.abstractComplete(),
        dropDate ? null : published,
        entry.url(),
        signals,
        entry.announceType(),
        entry.affiliations(),
        entry.version(),
        entry.doi(),
        entry.pmid(),
        entry.s2Id(),
        entry.categories(),
        entry.codeUrl());
  }

  private static String name(ListingEntry entry) {
    String title =
        entry.title().length() > 60 ? entry.title().substring(0, 59) + "…" : entry.title();
    return "entry " + entry.position() + " (\"" + title + "\")";
  }
}
