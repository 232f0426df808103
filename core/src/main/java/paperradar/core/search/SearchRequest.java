package paperradar.core.search;

import java.util.Objects;

/**
 * A search: the query as typed, a page of results, and the order.
 *
 * @param limit results per page, 1 to {@value #MAX_LIMIT}
 * @param offset results to skip
 */
public record SearchRequest(String query, int limit, int offset, SearchSort sort) {

  public static final int MAX_LIMIT = 100;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sort, "sort");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > 10_000) {
      throw new IllegalArgumentException("offset must be 0 to 10000: " + offset);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, 10, 0, SearchSort.RELEVANCE);
  }
}
