package paperradar.core.rank;

/** Draws a series as block characters, lowest ▁ to highest █. */
final class Sparkline {

  private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Sparkline() {}

  static String of(long[] samples) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long sample : samples) {
      min = Math.min(min, sample);
      max = Math.max(max, sample);
    }
    StringBuilder line = new StringBuilder(samples.length);
    for (long sample : samples) {
      int bar = max == min ? 0 : (int) Math.round((double) (sample - min) * (BARS.length - 1) / (max - min));
      line.append(BARS[bar]);
    }
    return line.toString();
  }
}
