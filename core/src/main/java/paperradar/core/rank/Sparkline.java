package paperradar.core.rank;

/** Draws a series as block characters, lowest ▁ to highest █; a flat series draws nothing. */
final class Sparkline {

  private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Sparkline() {}

  /**
   * The bars, or an empty string when the samples hold fewer than two different values: a flat line
   * says nothing.
   */
  static String of(long[] samples) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long sample : samples) {
      min = Math.min(min, sample);
      max = Math.max(max, sample);
    }
    if (samples.length == 0 || max == min) {
      return "";
    }
    StringBuilder line = new StringBuilder(samples.length);
    for (long sample : samples) {
      line.append(
          BARS[(int) Math.round((double) (sample - min) * (BARS.length - 1) / (max - min))]);
    }
    return line.toString();
  }
}
