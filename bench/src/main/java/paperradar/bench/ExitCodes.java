package paperradar.bench;

/**
 * The exit codes of the benchmark command line, the same as the product's for the same outcomes.
 */
final class ExitCodes {

  /** Every benchmark ran and its results are correct. */
  static final int OK = 0;

  /**
   * A benchmark failed, or its results are wrong (for example Monitor and brute force disagree).
   */
  static final int FAILURE = 1;

  private ExitCodes() {}
}
