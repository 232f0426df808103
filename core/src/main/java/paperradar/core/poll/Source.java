package paperradar.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import paperradar.core.ingest.ListingFormat;

/**
 * A feed polled on its own schedule.
 *
 * @param format the format to read it as, or empty to detect it
 */
public record Source(String url, Optional<ListingFormat> format, Duration interval) {

  public Source {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a source's interval must be positive: " + url);
    }
  }
}
