package paperradar.bench.core;

import java.util.Arrays;

/** Latency percentiles from samples in nanoseconds, reported in milliseconds. */
public record Percentiles(double p50Millis, double p99Millis, int samples) {

  public static Percentiles of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(at(sorted, 0.50), at(sorted, 0.99), sorted.length);
  }

  private static double at(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
