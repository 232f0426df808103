package paperradar.core.search;

/** How search results are ordered. */
public enum SearchSort {
  /** Best match first (BM25). */
  RELEVANCE,
  /** Newest first, by publication date (or first sighting), then best match. */
  DATE
}
