package paperradar.core.rank;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;

/**
 * How one signal of one paper grew inside a window.
 *
 * @param growth points seen gained in the window: its level now minus its level at the window's
 *     start, or at its first report in the window when it had none before
 * @param counted points counted as gained in the window: {@code growth}, plus the level of its
 *     first report in the window when that counts from zero (a recent paper's points arrived in the
 *     window too)
 * @param decayedPoints each counted gain divided by (its age in hours + offset)^gravity, summed
 * @param latest the signal's level at the end of the window
 * @param samples the level at the end of each of the sparkline's buckets, from the level first seen
 */
record SignalGrowth(long growth, long counted, double decayedPoints, long latest, long[] samples) {

  /**
   * @param countsFromZero whether a signal first reported inside the window counts all its points
   *     as gained there; when false its first report is only the level later gains are measured
   *     from
   */
  static SignalGrowth of(
      SignalSeries series,
      Instant windowStart,
      Instant now,
      boolean countsFromZero,
      TrendingConfig config) {
    NavigableMap<Instant, Long> levels = series.levels().headMap(now, true);
    NavigableMap<Instant, Long> inWindow = levels.subMap(windowStart, false, now, true);
    Map.Entry<Instant, Long> before = levels.floorEntry(windowStart);
    long seenBase =
        before != null
            ? before.getValue()
            : inWindow.isEmpty() ? 0 : inWindow.firstEntry().getValue();
    long base = before == null && countsFromZero ? 0 : seenBase;
    long level = base;
    double decayed = 0;
    for (Map.Entry<Instant, Long> report : inWindow.entrySet()) {
      long gain = report.getValue() - level;
      decayed += gain / Decay.divisor(report.getKey(), now, config);
      level = report.getValue();
    }
    return new SignalGrowth(
        level - seenBase,
        level - base,
        decayed,
        level,
        samples(levels, seenBase, windowStart, now));
  }

  private static long[] samples(
      NavigableMap<Instant, Long> levels, long base, Instant windowStart, Instant now) {
    Instant[] ends = Buckets.ends(windowStart, now);
    long[] samples = new long[ends.length];
    for (int k = 0; k < ends.length; k++) {
      Map.Entry<Instant, Long> level = levels.floorEntry(ends[k]);
      samples[k] = level == null ? base : Math.max(base, level.getValue());
    }
    return samples;
  }
}
