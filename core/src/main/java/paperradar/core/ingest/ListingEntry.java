package paperradar.core.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;
import paperradar.core.text.CleanText;

/**
 * One paper as one listing shows it. Fields a listing does not carry are null (or empty).
 *
 * @param position 1-based position in the listing
 * @param line 1-based line of the input where the entry starts
 * @param arxivId the arXiv id, or null
 * @param authors author names; empty when the listing shows none or only a count
 * @param authorCount the author count when the listing shows a count instead of names, else null
 * @param organization the credited organization, or null
 * @param abstractText the abstract as shown, possibly empty
 * @param abstractComplete false when the listing shows a cut abstract
 * @param published the publication (or announcement) date, or null
 * @param url the entry's link, or null
 * @param signals the numeric signals shown
 * @param announceType for arXiv RSS: {@code new}, {@code cross}, {@code replace}, {@code replace-cross} (the
 *     legacy RDF feed's {@code UPDATED} reads as {@code replace}); else null
 * @param affiliations the distinct affiliations the listing gives its authors (arXiv RSS puts them in
 *     parentheses after a name), in order; empty when none
 * @param version the arXiv version the listing announces ({@code 2} for {@code v2}), or null
 * @param doi the DOI, lower case as given (e.g. {@code 10.1101/2024.01.01.123456}), or null
 * @param pmid the PubMed id, or null
 * @param s2Id the Semantic Scholar paper id, or null
 */
public record ListingEntry(
    int position,
    int line,
    String title,
    ArxivId arxivId,
    List<String> authors,
    Integer authorCount,
    String organization,
    String abstractText,
    boolean abstractComplete,
    LocalDate published,
    String url,
    Map<SignalName, Long> signals,
    String announceType,
    List<String> affiliations,
    Integer version,
    String doi,
    String pmid,
    String s2Id) {

  /** Every text passes {@link CleanText} here, the door of the store: one-line fields lose control
   *  characters and line breaks, the abstract keeps its paragraphs. */
  public ListingEntry {
    Objects.requireNonNull(title, "title");
    title = CleanText.line(title);
    if (title.isBlank()) {
      throw new IllegalArgumentException("title is blank");
    }
    authors = authors.stream().map(CleanText::line).toList();
    organization = CleanText.line(organization);
    abstractText = abstractText == null ? "" : CleanText.paragraphs(abstractText);
    url = CleanText.line(url);
    announceType = CleanText.line(announceType);
    doi = CleanText.line(doi);
    pmid = CleanText.line(pmid);
    s2Id = CleanText.line(s2Id);
    signals = signals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(signals));
    affiliations = affiliations == null ? List.of() : affiliations.stream().map(CleanText::line).toList();
  }

  /** The entry without affiliations, version or other ids: the shape before those fields existed. */
  public ListingEntry(int position, int line, String title, ArxivId arxivId, List<String> authors,
      Integer authorCount, String organization, String abstractText, boolean abstractComplete, LocalDate published,
      String url, Map<SignalName, Long> signals, String announceType) {
    this(position, line, title, arxivId, authors, authorCount, organization, abstractText, abstractComplete,
        published, url, signals, announceType, List.of(), null, null, null, null);
  }

  /** Whether the listing announces a new version of a known paper ({@code replace}, {@code replace-cross}). */
  public boolean isReplacement() {
    return announceType != null && announceType.startsWith("replace");
  }

  /** Whether the listing shows a known paper cross-listed into another category. */
  public boolean isCrossList() {
    return "cross".equals(announceType);
  }

  public static Builder builder(int position, int line, String title) {
    return new Builder(position, line, title);
  }

  /**
   * Builds an entry field by field, as parsers meet them. The title and the names pass through {@link
   * TexText#toUnicode} here, so every parser gives one author one spelling ({@code D\\'enes} is Dénes).
   */
  public static final class Builder {
    private final int position;
    private final int line;
    private final String title;
    private ArxivId arxivId;
    private List<String> authors = List.of();
    private Integer authorCount;
    private String organization;
    private String abstractText = "";
    private boolean abstractComplete = true;
    private LocalDate published;
    private String url;
    private final Map<SignalName, Long> signals = new EnumMap<>(SignalName.class);
    private String announceType;
    private List<String> affiliations = List.of();
    private Integer version;
    private String doi;
    private String pmid;
    private String s2Id;

    private Builder(int position, int line, String title) {
      this.position = position;
      this.line = line;
      this.title = title;
    }

    public Builder arxivId(ArxivId value) {
      this.arxivId = value;
      return this;
    }

    public Builder authors(List<String> value) {
      this.authors = value;
      return this;
    }

    public Builder authorCount(Integer value) {
      this.authorCount = value;
      return this;
    }

    public Builder organization(String value) {
      this.organization = value;
      return this;
    }

    public Builder abstractText(String value, boolean complete) {
      this.abstractText = value;
      this.abstractComplete = complete;
      return this;
    }

    public Builder published(LocalDate value) {
      this.published = value;
      return this;
    }

    public Builder url(String value) {
      this.url = value;
      return this;
    }

    public Builder signal(SignalName name, long value) {
      this.signals.put(name, value);
      return this;
    }

    public Builder announceType(String value) {
      this.announceType = value;
      return this;
    }

    public Builder affiliations(List<String> value) {
      this.affiliations = value;
      return this;
    }

    public Builder version(Integer value) {
      this.version = value;
      return this;
    }

    public Builder doi(String value) {
      this.doi = value;
      return this;
    }

    public Builder pmid(String value) {
      this.pmid = value;
      return this;
    }

    public Builder s2Id(String value) {
      this.s2Id = value;
      return this;
    }

    public ListingEntry build() {
      return new ListingEntry(position, line, TexText.toUnicode(title), arxivId,
          authors.stream().map(TexText::toUnicode).toList(), authorCount, organization,
          abstractText, abstractComplete, published, url, signals, announceType, affiliations, version, doi, pmid,
          s2Id);
    }
  }
}
