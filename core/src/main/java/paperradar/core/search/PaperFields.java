package paperradar.core.search;

/** The names of the index's fields, and the names users type in queries. */
final class PaperFields {

  static final String ID = "id";
  static final String ARXIV_ID = "arxiv_id";
  static final String TITLE = "title";

  /** The normalized title ({@link paperradar.core.model.TitleKey}), for exact-title matches. */
  static final String TITLE_KEY = "title_key";

  static final String ABSTRACT = "abstract";
  static final String AUTHORS = "authors";

  /**
   * Title, abstract and authors in one field: what plain words search, so a word is one term, not
   * three.
   */
  static final String TEXT = "text";

  /**
   * Adjacent word pairs of {@link #TEXT}, so that a two-word phrase is one term and needs no
   * positions.
   */
  static final String PAIRS = "text_pairs";

  /** Epoch day of the publication date, or of the first sighting when no date is known. */
  static final String DAY = "day";

  static final String PUBLISHED = "published";

  /** The paper's link, stored only: a search answers with it without opening the database. */
  static final String URL = "url";

  /**
   * Epoch day of the publication date, as doc values only, and absent when no date is known:
   * sorting by date puts undated papers after every dated one instead of at the day they were first
   * seen.
   */
  static final String PUBLISHED_DAY = "published_day";

  private PaperFields() {}
}
