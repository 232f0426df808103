package paperradar.core.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/**
 * One paper as one capture shows it, in the store's terms: the store takes this, not a parser's entry,
 * so parsers can change without the store knowing. Fields a capture does not carry are null (or empty).
 *
 * @param position 1-based position in the listing
 * @param arxivId the arXiv id, or null
 * @param authors author names; empty when the capture shows none or only a count
 * @param authorCount the author count when the capture shows a count instead of names, else null
 * @param organization the credited organization, or null
 * @param abstractText the abstract as shown, possibly empty
 * @param abstractComplete false when the capture shows a cut abstract
 * @param published the publication (or announcement) date, or null
 * @param publishedByArxiv whether {@code published} is arXiv's own publication date rather than the day a
 *     listing showed the paper: such a date beats a listing's day
 * @param url the paper's link, or null
 * @param signals the numeric signals shown
 * @param announceType for arXiv announcements: {@code new}, {@code cross}, {@code replace}…; else null
 */
public record PaperSighting(
    int position,
    String title,
    @Nullable ArxivId arxivId,
    List<String> authors,
    @Nullable Integer authorCount,
    @Nullable String organization,
    String abstractText,
    boolean abstractComplete,
    @Nullable LocalDate published,
    boolean publishedByArxiv,
    @Nullable String url,
    Map<SignalName, Long> signals,
    @Nullable String announceType) {

  public PaperSighting {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title of the sighting at position " + position + " is blank");
    }
    authors = List.copyOf(authors);
    abstractText = abstractText == null ? "" : abstractText;
    signals = signals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(signals));
  }
}
