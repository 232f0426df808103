package paperradar.core.store;

/** A paper row's id and the fields sightings improve. */
record StoredPaper(long id, BestKnownFields fields) {}
