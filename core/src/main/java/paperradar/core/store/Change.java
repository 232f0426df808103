package paperradar.core.store;

import paperradar.core.model.Paper;

/** One entry of the change feed: a paper as stored now, and the number of its latest change. */
public record Change(long sequence, Paper paper) {}
