package paperradar.core.embed;

/**
 * A paper near a query vector.
 *
 * @param paperId the store's id of the paper
 * @param similarity the cosine similarity of its embedding to the query, from -1 to 1
 */
public record Neighbour(long paperId, double similarity) {}
