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
 * One paper as one capture shows it, in the store's terms: the store takes this, not a parser's
 * entry, so parsers can change without the store knowing. Fields a capture does not carry are null
 * (or empty).
 *
 * @param position 1-based position in the listing
 * @param arxivId the arXiv id, or null
 * @param authors author names; empty when the capture shows none or only a count
 * @param authorCount the author count when the capture shows a count instead of names, else null
 * @param organization the credited organization, or null
 * @param abstractText the abstract as shown, possibly empty
 * @param abstractComplete false when the capture shows a cut abstract
 * @param published the paper's date as this capture shows it, or null (an announcement of a
 *     replacement or a cross-list gives none: it says nothing about when the paper first appeared)
 * @param dateClass what {@code published} means; the most credible class wins
 * @param authority how far the capture's source is trusted for the descriptive fields
 * @param url the paper's link, or null
 * @param signals the numeric signals shown
 * @param announceType for arXiv announcements: {@code new}, {@code cross}, {@code replace}…; else
 *     null
 * @param version the version the capture shows ({@code 2} for {@code v2}), or null
 * @param versionDate the day that version was announced, or null
 * @param doi the DOI, or null
 * @param pmid the PubMed id, or null
 * @param s2Id the Semantic Scholar paper id, or null
 * @param categories the arXiv categories the capture gives the paper; a paper has the union of its
 *     sightings' categories (a cross-list adds one)
 * @param codeUrl the paper's code repository, or null
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
    DateClass dateClass,
    SourceAuthority authority,
    @Nullable String url,
    Map<SignalName, Long> signals,
    @Nullable String announceType,
    @Nullable Integer version,
    @Nullable LocalDate versionDate,
    @Nullable String doi,
    @Nullable String pmid,
    @Nullable String s2Id,
    List<String> categories,
    @Nullable String codeUrl) {

  public PaperSighting {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException(
          "title of the sighting at position " + position + " is blank");
    }
    authors = List.copyOf(authors);
    abstractText = abstractText == null ? "" : abstractText;
    signals = signals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(signals));
    Objects.requireNonNull(dateClass, "dateClass");
    Objects.requireNonNull(authority, "authority");
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /**
   * A sighting without versions or other ids: an arXiv-dated one counts as the arXiv API, any other
   * as page text.
   */
  public PaperSighting(
      int position,
      String title,
      ArxivId arxivId,
      List<String> authors,
      Integer authorCount,
      String organization,
      String abstractText,
      boolean abstractComplete,
      LocalDate published,
      boolean publishedByArxiv,
      String url,
      Map<SignalName, Long> signals,
      String announceType) {
    this(
        position,
        title,
        arxivId,
        authors,
        authorCount,
        organization,
        abstractText,
        abstractComplete,
        published,
        publishedByArxiv ? DateClass.ARXIV : DateClass.SIGHTING,
        publishedByArxiv ? SourceAuthority.ARXIV_API : SourceAuthority.PAGE_TEXT,
        url,
        signals,
        announceType,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null);
  }

  /**
   * Whether {@code published} is arXiv's own publication date rather than the day a listing showed
   * it.
   */
  public boolean publishedByArxiv() {
    return dateClass == DateClass.ARXIV;
  }

  /**
   * Whether the capture announces a new version of a paper or a cross-list: a known paper, not a
   * new one.
   */
  public boolean announcesKnownPaper() {
    return announceType != null
        && (announceType.startsWith("replace") || announceType.equals("cross"));
  }
}
