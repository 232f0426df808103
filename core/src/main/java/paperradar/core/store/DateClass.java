package paperradar.core.store;

/**
 * What a sighting's date means, from the most credible kind to the least: a paper's {@code
 * published} is the earliest date of the most credible kind any of its sightings gave.
 */
public enum DateClass {
  /** arXiv's own (version 1) publication date. */
  ARXIV(0),
  /** The day an arXiv announcement feed announced the paper as new. */
  ANNOUNCEMENT(1),
  /** The date a listing showed next to the paper. */
  SIGHTING(2);

  /** The class of a date stored before the store kept classes: any known class beats it. */
  static final int UNKNOWN = 9;

  private final int rank;

  DateClass(int rank) {
    this.rank = rank;
  }

  /** Lower is more credible. */
  public int rank() {
    return rank;
  }
}
