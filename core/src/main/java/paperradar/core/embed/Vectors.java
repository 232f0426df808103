package paperradar.core.embed;

import java.util.Collection;

/** Arithmetic on embedding vectors: dot products, means and scaling to unit length. */
public final class Vectors {

  private Vectors() {}

  /** The dot product; for unit vectors, their cosine similarity (-1 to 1). */
  public static double dot(float[] a, float[] b) {
    requireSameDimension(a, b);
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }

  public static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }

  /**
   * A copy of {@code v} scaled to unit length. A zero vector has no direction: it is refused,
   * because its similarity to anything would be meaningless.
   */
  public static float[] normalised(float[] v) {
    double norm = norm(v);
    if (norm == 0 || Double.isNaN(norm) || Double.isInfinite(norm)) {
      throw new IllegalArgumentException("cannot normalise a vector of length " + norm);
    }
    float[] unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = (float) (v[i] / norm);
    }
    return unit;
  }

  /** The component-wise mean of one or more vectors of the same dimension. */
  public static float[] mean(Collection<float[]> vectors) {
    if (vectors.isEmpty()) {
      throw new IllegalArgumentException("the mean of no vectors is undefined");
    }
    double[] sum = null;
    for (float[] v : vectors) {
      if (sum == null) {
        sum = new double[v.length];
      } else if (sum.length != v.length) {
        throw new IllegalArgumentException(
            "vectors of dimensions " + sum.length + " and " + v.length);
      }
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    float[] mean = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      mean[i] = (float) (sum[i] / vectors.size());
    }
    return mean;
  }

  /** {@code a + weight·b}, component-wise. */
  public static float[] plusScaled(float[] a, double weight, float[] b) {
    requireSameDimension(a, b);
    float[] sum = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      sum[i] = (float) (a[i] + weight * b[i]);
    }
    return sum;
  }

  private static void requireSameDimension(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of dimensions " + a.length + " and " + b.length);
    }
  }
}
