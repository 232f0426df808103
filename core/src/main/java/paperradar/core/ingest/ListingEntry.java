package paperradar.core.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

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
 * @param announceType for arXiv RSS: {@code new}, {@code cross}, {@code replace}…; else null
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
    String announceType) {

  public ListingEntry {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title is blank");
    }
    authors = List.copyOf(authors);
    abstractText = abstractText == null ? "" : abstractText;
    signals = signals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(signals));
  }

  public static Builder builder(int position, int line, String title) {
    return new Builder(position, line, title);
  }

  /** Builds an entry field by field, as parsers meet them. */
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

    public ListingEntry build() {
      return new ListingEntry(position, line, title, arxivId, authors, authorCount, organization,
          abstractText, abstractComplete, published, url, signals, announceType);
    }
  }
}
