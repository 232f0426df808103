package paperradar.core.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
 * @param announceType for arXiv RSS: {@code new}, {@code cross}, {@code replace}, {@code
 *     replace-cross} (the legacy RDF feed's {@code UPDATED} reads as {@code replace}); else null
 * @param affiliations the distinct affiliations the listing gives its authors (arXiv RSS puts them
 *     in parentheses after a name), in order; empty when none
 * @param version the arXiv version the listing announces ({@code 2} for {@code v2}), or null
 * @param doi the DOI, lower case as given (e.g. {@code 10.1101/2024.01.01.123456}), or null
 * @param pmid the PubMed id, or null
 * @param s2Id the Semantic Scholar paper id, or null
 * @param categories the arXiv categories the listing gives the paper ({@code cs.LG}), distinct, in
 *     the listing's order; empty when none
 * @param codeUrl the paper's code repository ({@link CodeLinks}), or null
 */
public record ListingEntry(
    int position,
    int line,
    String title,
    @Nullable ArxivId arxivId,
    List<String> authors,
    @Nullable Integer authorCount,
    @Nullable String organization,
    String abstractText,
    boolean abstractComplete,
    @Nullable LocalDate published,
    @Nullable String url,
    Map<SignalName, Long> signals,
    @Nullable String announceType,
    List<String> affiliations,
    @Nullable Integer version,
    @Nullable String doi,
    @Nullable String pmid,
    @Nullable String s2Id,
    List<String> categories,
    @Nullable String codeUrl) {

  /**
   * Every text passes {@link CleanText} here, the door of the store: one-line fields lose control
   * characters and line breaks, the abstract keeps its paragraphs.
   */
  public ListingEntry {
    Objects.requireNonNull(title, "title");
    title = CleanText.line(title);
    if (title.isBlank()) {
      throw new UnreadableTitleException(line);
    }
    authors = authors.stream().map(CleanText::line).toList();
    organization = organization == null ? null : CleanText.line(organization);
    abstractText = abstractText == null ? "" : CleanText.paragraphs(abstractText);
    url = url == null ? null : CleanText.line(url);
    announceType = announceType == null ? null : CleanText.line(announceType);
    doi = doi == null ? null : CleanText.line(doi);
    pmid = pmid == null ? null : CleanText.line(pmid);
    s2Id = s2Id == null ? null : CleanText.line(s2Id);
    codeUrl = CodeLinks.github(codeUrl).orElse(null);
    signals = signals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(signals));
    affiliations =
        affiliations == null ? List.of() : affiliations.stream().map(CleanText::line).toList();
    categories =
        categories == null
            ? List.of()
            : categories.stream()
                .map(CleanText::line)
                .filter(c -> !c.isBlank())
                .distinct()
                .toList();
  }

  /**
   * The entry without affiliations, version or other ids: the shape before those fields existed.
   */
  public ListingEntry(
      int position,
      int line,
      String title,
      @Nullable ArxivId arxivId,
      List<String> authors,
      @Nullable Integer authorCount,
      @Nullable String organization,
      String abstractText,
      boolean abstractComplete,
      @Nullable LocalDate published,
      @Nullable String url,
      Map<SignalName, Long> signals,
      @Nullable String announceType) {
    this(
        position,
        line,
        title,
        arxivId,
        authors,
        authorCount,
        organization,
        abstractText,
        abstractComplete,
        published,
        url,
        signals,
        announceType,
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        null);
  }

  /**
   * Whether the listing announces a new version of a known paper ({@code replace}, {@code
   * replace-cross}).
   */
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
   * Builds an entry field by field, as parsers meet them. The title and the names pass through
   * {@link TexText#toUnicode} here, so every parser gives one author one spelling ({@code D\\'enes}
   * is Dénes).
   */
  public static final class Builder {
    private final int position;
    private final int line;
    private final String title;
    private @Nullable ArxivId arxivId;
    private List<String> authors = List.of();
    private @Nullable Integer authorCount;
    private @Nullable String organization;
    private String abstractText = "";
    private boolean abstractComplete = true;
    private @Nullable LocalDate published;
    private @Nullable String url;
    private final Map<SignalName, Long> signals = new EnumMap<>(SignalName.class);
    private @Nullable String announceType;
    private List<String> affiliations = List.of();
    private @Nullable Integer version;
    private @Nullable String doi;
    private @Nullable String pmid;
    private @Nullable String s2Id;
    private List<String> categories = List.of();
    private @Nullable String codeUrl;

    private Builder(int position, int line, String title) {
      this.position = position;
      this.line = line;
      this.title = title;
    }

    public Builder arxivId(@Nullable ArxivId value) {
      this.arxivId = value;
      return this;
    }

    public Builder authors(List<String> value) {
      this.authors = value;
      return this;
    }

    public Builder authorCount(@Nullable Integer value) {
      this.authorCount = value;
      return this;
    }

    public Builder organization(@Nullable String value) {
      this.organization = value;
      return this;
    }

    public Builder abstractText(@Nullable String value, boolean complete) {
      this.abstractText = value == null ? "" : value;
      this.abstractComplete = complete;
      return this;
    }

    public Builder published(@Nullable LocalDate value) {
      this.published = value;
      return this;
    }

    public Builder url(@Nullable String value) {
      this.url = value;
      return this;
    }

    public Builder signal(SignalName name, long value) {
      this.signals.put(name, value);
      return this;
    }

    public Builder announceType(@Nullable String value) {
      this.announceType = value;
      return this;
    }

    public Builder affiliations(List<String> value) {
      this.affiliations = value;
      return this;
    }

    public Builder version(@Nullable Integer value) {
      this.version = value;
      return this;
    }

    public Builder doi(@Nullable String value) {
      this.doi = value;
      return this;
    }

    public Builder pmid(@Nullable String value) {
      this.pmid = value;
      return this;
    }

    public Builder s2Id(@Nullable String value) {
      this.s2Id = value;
      return this;
    }

    public Builder categories(List<String> value) {
      this.categories = value;
      return this;
    }

    /** Text holding the paper's code repository (see {@link CodeLinks}); nothing when none. */
    public Builder codeUrl(@Nullable String value) {
      this.codeUrl = value;
      return this;
    }

    public ListingEntry build() {
      return new ListingEntry(
          position,
          line,
          TexText.toUnicode(title),
          arxivId,
          authors.stream().map(TexText::toUnicode).toList(),
          authorCount,
          organization,
          abstractText,
          abstractComplete,
          published,
          url,
          signals,
          announceType,
          affiliations,
          version,
          doi,
          pmid,
          s2Id,
          categories,
          codeUrl);
    }
  }
}
