package paperradar.core.enrich;

/**
 * What one enrichment pass did.
 *
 * @param titlesLookedUp papers without an arXiv id whose titles were asked for
 * @param resolvedByTitle of those, the papers an exactly equal title resolved
 * @param idsLookedUp papers with an arXiv id but missing authors, abstract or date that were asked
 *     for
 * @param filledById of those, the papers the API answered for
 * @param unreachable whether the API could not be reached (the pass stopped there)
 */
public record EnrichReport(
    int titlesLookedUp,
    int resolvedByTitle,
    int idsLookedUp,
    int filledById,
    boolean unreachable) {}
