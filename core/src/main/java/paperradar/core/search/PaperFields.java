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
  /** Epoch day of the publication date, or of the first sighting when no date is known. */
  static final String DAY = "day";
  static final String PUBLISHED = "published";

  private PaperFields() {}
}
