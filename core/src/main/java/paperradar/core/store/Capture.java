package paperradar.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One capture of one listing, ready to be stored.
 *
 * @param input the file or URL it came from
 * @param format the name of the listing's format, as the export shows it
 * @param sightings the papers it shows, in listing order. A listing read as a stream is parsed
 *     while it is stored: each {@code iterator()} reads the listing from its start, once, front to
 *     back, so a store consumes it in one pass per transaction and never asks for its size. A parse
 *     error part way through is thrown from the iterator (an unchecked exception), and the store's
 *     transaction, rolled back, leaves nothing of the listing stored.
 * @param capturedAt when it was captured (now, the {@code --at} instant, or the {@code --as-of}
 *     day)
 * @param contentSha256 hex SHA-256 of the input bytes: the same bytes captured at the same time, or
 *     from the same input on the same day (UTC), are the same capture, so ingesting them again
 *     changes nothing
 */
public record Capture(
    String input,
    String format,
    Iterable<PaperSighting> sightings,
    Instant capturedAt,
    String contentSha256) {

  public Capture {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sightings, "sightings");
    if (sightings instanceof Collection<PaperSighting> held) {
      sightings = List.copyOf(held);
    }
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(contentSha256, "contentSha256");
  }
}
