package paperradar.core.store;

/** Fits values to their columns. */
final class Columns {

  private Columns() {}

  /** Cuts text to a column's width; used only where a cut value stays meaningful (inputs, URLs). */
  static String limit(String value, int width) {
    return value.length() <= width ? value : value.substring(0, width);
  }
}
