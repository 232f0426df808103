package paperradar.core.ingest;

import java.util.List;
import java.util.Objects;

/** What a parser read from one input: its format and its entries in listing order. */
public record Listing(ListingFormat format, List<ListingEntry> entries) {

  public Listing {
    Objects.requireNonNull(format, "format");
    entries = List.copyOf(entries);
  }
}
