package paperradar.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One paper as the store knows it: the best of what all its sightings gave.
 *
 * @param id the store's own id
 * @param arxivId the arXiv id, or null when no sighting gave one
 * @param authors author names, possibly empty when only a count is known
 * @param authorCount the number of authors when a listing gave only a count, else null
 * @param organization the organization a listing credited, or null
 * @param abstractText the fullest abstract seen, possibly empty
 * @param published the publication date, or null
 * @param signals the latest value of each signal, merged across sources
 * @param sources the kinds of listing the paper was seen in
 * @param firstSeen the capture time of its first sighting
 * @param link the best link a listing gave for the paper (a Hugging Face paper page first), or
 *     null; see {@link #url()} for the link to show
 * @param latestVersion the highest arXiv (or bioRxiv) version seen, or null
 * @param doi the DOI, or null
 * @param pmid the PubMed id, or null
 * @param s2Id the Semantic Scholar paper id, or null
 * @param categories the arXiv categories of every sighting (a cross-list adds one), in text order
 */
public record Paper(
    long id,
    @Nullable ArxivId arxivId,
    String title,
    List<String> authors,
    @Nullable Integer authorCount,
    @Nullable String organization,
    String abstractText,
    @Nullable LocalDate published,
    Map<SignalName, Long> signals,
    Set<PaperSource> sources,
    Instant firstSeen,
    @Nullable String link,
    @Nullable Integer latestVersion,
    @Nullable String doi,
    @Nullable String pmid,
    @Nullable String s2Id,
    List<String> categories) {

  public Paper {
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    abstractText = abstractText == null ? "" : abstractText;
    signals = Map.copyOf(signals);
    sources = Set.copyOf(sources);
    Objects.requireNonNull(firstSeen, "firstSeen");
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** A paper without a link, versions or ids other than arXiv's. */
  public Paper(
      long id,
      @Nullable ArxivId arxivId,
      String title,
      List<String> authors,
      @Nullable Integer authorCount,
      @Nullable String organization,
      String abstractText,
      @Nullable LocalDate published,
      Map<SignalName, Long> signals,
      Set<PaperSource> sources,
      Instant firstSeen) {
    this(
        id,
        arxivId,
        title,
        authors,
        authorCount,
        organization,
        abstractText,
        published,
        signals,
        sources,
        firstSeen,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  /** The link every card shows: see {@link PaperLinks#url}. */
  public String url() {
    return PaperLinks.url(this);
  }
}
