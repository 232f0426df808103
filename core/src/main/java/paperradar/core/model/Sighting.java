package paperradar.core.model;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One appearance of a paper in one capture of a listing, with the signals it showed at that time.
 *
 * @param format the kind of listing it was seen in
 * @param input the file or URL the listing came from
 * @param position the 1-based position of the entry in its listing
 * @param url the entry's link in that listing, or null when it showed none (or was read in bulk,
 *     for trending, where links are not needed)
 */
public record Sighting(
    long paperId,
    PaperSource format,
    String input,
    Instant capturedAt,
    int position,
    Map<SignalName, Long> signals,
    @Nullable String url) {

  public Sighting {
    signals = Map.copyOf(signals);
  }

  /** A sighting whose listing showed no link. */
  public Sighting(
      long paperId,
      PaperSource format,
      String input,
      Instant capturedAt,
      int position,
      Map<SignalName, Long> signals) {
    this(paperId, format, input, capturedAt, position, signals, null);
  }
}
