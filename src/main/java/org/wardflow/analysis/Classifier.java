package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classification of values into map classes: quantile, equal interval, Jenks natural breaks
 * (Fisher's exact dynamic programme), standard deviation and manual breaks. Pure functions; NaN and
 * infinite values are no data and never affect the breaks.
 *
 * <p>Ties are never split: all equal values fall in one class. When ties or few distinct values
 * make fewer classes possible than asked for, fewer are made and {@link Classification#notes()}
 * says why.
 */
public final class Classifier {
  /** The most classes any method makes. */
  public static final int MAX_CLASSES = 20;

  private Classifier() {}

  /**
   * Classifies by a method that needs only a class count (standard deviation uses classes one
   * standard deviation wide and ignores {@code classes}).
   *
   * @throws IllegalArgumentException for {@link ClassificationMethod#MANUAL} (use {@link #manual})
   *     or a class count outside 1..{@value #MAX_CLASSES}
   */
  public static Classification classify(ClassificationMethod method, double[] values, int classes) {
    return switch (method) {
      case QUANTILE -> quantile(values, classes);
      case EQUAL_INTERVAL -> equalInterval(values, classes);
      case JENKS -> jenks(values, classes);
      case STANDARD_DEVIATION -> standardDeviation(values, 1.0);
      case MANUAL ->
          throw new IllegalArgumentException("manual classification needs breaks: use manual()");
    };
  }

  /**
   * Quantile classes. With n finite values sorted ascending (x<sub>1</sub>..x<sub>n</sub>) and k
   * classes, the upper bound of class i (i = 1..k−1) is x at rank ⌈i·n/k⌉, so class sizes differ by
   * at most one when there are no ties. Equal breaks (ties) are merged.
   */
  public static Classification quantile(double[] values, int classes) {
    checkClasses(classes);
    double[] x = finiteSorted(values);
    List<String> notes = new ArrayList<>();
    if (x.length == 0) {
      return empty(ClassificationMethod.QUANTILE, classes, values);
    }
    int n = x.length;
    double[] inner = new double[classes - 1];
    for (int i = 1; i < classes; i++) {
      inner[i - 1] = x[(int) Math.ceil((double) i * n / classes) - 1];
    }
    double[] bounds = assemble(x[0], inner, x[n - 1]);
    if (bounds.length - 1 < classes) {
      notes.add(fewerNote(classes, bounds.length - 1, "tied values"));
    }
    return new Classification(ClassificationMethod.QUANTILE, classes, bounds, values, notes);
  }

  /** Equal-interval classes between the minimum and maximum; some classes may be empty. */
  public static Classification equalInterval(double[] values, int classes) {
    checkClasses(classes);
    double[] x = finiteSorted(values);
    if (x.length == 0) {
      return empty(ClassificationMethod.EQUAL_INTERVAL, classes, values);
    }
    double min = x[0];
    double max = x[x.length - 1];
    List<String> notes = new ArrayList<>();
    if (min == max) {
      notes.add(fewerNote(classes, 1, "all values are equal"));
      return new Classification(
          ClassificationMethod.EQUAL_INTERVAL, classes, new double[] {min, max}, values, notes);
    }
    double[] bounds = new double[classes + 1];
    for (int i = 0; i <= classes; i++) {
      bounds[i] = i == classes ? max : min + (max - min) * i / classes;
    }
    return new Classification(ClassificationMethod.EQUAL_INTERVAL, classes, bounds, values, notes);
  }

  /**
   * Jenks natural breaks: the exact optimum of Fisher (1958) — the partition of the sorted values
   * into contiguous classes with the least total sum of squared deviations from class means. Solved
   * by dynamic programming over the distinct values (weighted by multiplicity, so ties are never
   * split) with the divide-and-conquer speed-up for monotone split points (as in Ckmeans.1d.dp,
   * Wang and Song 2011), O(k·m·log m) for m distinct values.
   */
  public static Classification jenks(double[] values, int classes) {
    checkClasses(classes);
    double[] x = finiteSorted(values);
    if (x.length == 0) {
      return empty(ClassificationMethod.JENKS, classes, values);
    }
    // distinct values with weights
    double[] v = new double[x.length];
    double[] w = new double[x.length];
    int m = 0;
    for (int i = 0; i < x.length; i++) {
      if (m > 0 && x[i] == v[m - 1]) {
        w[m - 1]++;
      } else {
        v[m] = x[i];
        w[m] = 1;
        m++;
      }
    }
    List<String> notes = new ArrayList<>();
    if (m <= classes) {
      if (m < classes) {
        notes.add(fewerNote(classes, m, "only " + m + " distinct values"));
      }
      double[] inner = Arrays.copyOf(v, m - 1);
      return new Classification(
          ClassificationMethod.JENKS, classes, assemble(v[0], inner, v[m - 1]), values, notes);
    }
    int[] ends = fisherJenks(Arrays.copyOf(v, m), Arrays.copyOf(w, m), classes);
    double[] inner = new double[classes - 1];
    for (int c = 0; c < classes - 1; c++) {
      inner[c] = v[ends[c]];
    }
    return new Classification(
        ClassificationMethod.JENKS, classes, assemble(v[0], inner, v[m - 1]), values, notes);
  }

  /**
   * The optimal partition of sorted distinct weighted values into k contiguous classes.
   *
   * @return the index of the last value of each class (length k)
   */
  static int[] fisherJenks(double[] v, double[] w, int k) {
    int m = v.length;
    // shift by the weighted mean for numerical stability
    double tw = 0;
    double twx = 0;
    for (int i = 0; i < m; i++) {
      tw += w[i];
      twx += w[i] * v[i];
    }
    double shift = twx / tw;
    double[] sw = new double[m + 1];
    double[] swx = new double[m + 1];
    double[] swxx = new double[m + 1];
    for (int i = 0; i < m; i++) {
      double y = v[i] - shift;
      sw[i + 1] = sw[i] + w[i];
      swx[i + 1] = swx[i] + w[i] * y;
      swxx[i + 1] = swxx[i] + w[i] * y * y;
    }
    Ssq ssq = new Ssq(sw, swx, swxx);
    double[][] cost = new double[k][m];
    int[][] start = new int[k][m];
    for (int j = 0; j < m; j++) {
      cost[0][j] = ssq.of(0, j);
      start[0][j] = 0;
    }
    for (int c = 1; c < k; c++) {
      fill(cost, start, ssq, c, c, m - 1, c, m - 1);
    }
    int[] ends = new int[k];
    int j = m - 1;
    for (int c = k - 1; c >= 0; c--) {
      ends[c] = j;
      j = start[c][j] - 1;
    }
    return ends;
  }

  /** Fills row c for j in [jlo, jhi] knowing the optimal class start lies in [ilo, ihi]. */
  private static void fill(
      double[][] cost, int[][] start, Ssq ssq, int c, int jlo, int jhi, int ilo, int ihi) {
    if (jlo > jhi) {
      return;
    }
    int jm = (jlo + jhi) >>> 1;
    double best = Double.POSITIVE_INFINITY;
    int arg = Math.max(ilo, c);
    int hi = Math.min(jm, ihi);
    for (int i = Math.max(ilo, c); i <= hi; i++) {
      double s = cost[c - 1][i - 1] + ssq.of(i, jm);
      if (s < best) {
        best = s;
        arg = i;
      }
    }
    cost[c][jm] = best;
    start[c][jm] = arg;
    fill(cost, start, ssq, c, jlo, jm - 1, ilo, arg);
    fill(cost, start, ssq, c, jm + 1, jhi, arg, ihi);
  }

  private record Ssq(double[] sw, double[] swx, double[] swxx) {
    /** Weighted sum of squared deviations of values i..j (inclusive) from their mean. */
    double of(int i, int j) {
      double n = sw[j + 1] - sw[i];
      double s = swx[j + 1] - swx[i];
      double r = swxx[j + 1] - swxx[i] - s * s / n;
      return r < 0 ? 0 : r;
    }
  }

  /**
   * Standard-deviation classes: classes {@code interval} standard deviations wide (1 or 0.5),
   * centred on the mean — the middle class runs from mean − interval/2 to mean + interval/2 SD —
   * with the outermost classes extended to the minimum and maximum. Uses the population standard
   * deviation of the finite values.
   *
   * @param interval class width in standard deviations: 1.0 or 0.5
   */
  public static Classification standardDeviation(double[] values, double interval) {
    if (interval != 1.0 && interval != 0.5) {
      throw new IllegalArgumentException(
          "standard deviation classes are 1 or 0.5 SD wide, not " + interval);
    }
    double[] x = finiteSorted(values);
    if (x.length == 0) {
      return empty(ClassificationMethod.STANDARD_DEVIATION, 1, values);
    }
    double mean = 0;
    for (double d : x) {
      mean += d;
    }
    mean /= x.length;
    double ss = 0;
    for (double d : x) {
      ss += (d - mean) * (d - mean);
    }
    double sd = Math.sqrt(ss / x.length);
    double min = x[0];
    double max = x[x.length - 1];
    List<String> notes = new ArrayList<>();
    DecimalFormatHolder f = new DecimalFormatHolder(mean, sd);
    if (sd == 0) {
      notes.add("All values are equal (" + f.mean + "): one class.");
      return new Classification(
          ClassificationMethod.STANDARD_DEVIATION, 1, new double[] {min, max}, values, notes);
    }
    double width = interval * sd;
    // breaks at mean + (j + 1/2)·width for integers j, strictly inside (min, max)
    List<Double> inner = new ArrayList<>();
    long jlo = (long) Math.ceil((min - mean) / width - 0.5);
    long jhi = (long) Math.floor((max - mean) / width - 0.5);
    for (long j = jlo; j <= jhi; j++) {
      double b = mean + (j + 0.5) * width;
      if (b > min && b < max) {
        inner.add(b);
      }
    }
    double[] in = inner.stream().mapToDouble(Double::doubleValue).toArray();
    double[] bounds = assemble(min, in, max);
    notes.add(
        "Mean "
            + f.mean
            + ", standard deviation "
            + f.sd
            + "; classes "
            + (interval == 1.0 ? "1" : "½")
            + " SD wide, the middle class centred on the mean.");
    return new Classification(
        ClassificationMethod.STANDARD_DEVIATION, bounds.length - 1, bounds, values, notes);
  }

  private static final class DecimalFormatHolder {
    final String mean;
    final String sd;

    DecimalFormatHolder(double mean, double sd) {
      java.text.DecimalFormat f =
          Classification.format(Classification.decimals(new double[] {mean - sd, mean + sd}));
      this.mean = f.format(mean);
      this.sd = f.format(sd);
    }
  }

  /**
   * Manual classes from user bounds. The bounds are sorted and duplicates dropped; when the data
   * reach beyond them, the first lower bound or last upper bound is extended to the data (and a
   * note says so) so that no value is left out.
   *
   * @param bounds at least two class bounds (lowest lower bound, breaks, highest upper bound)
   */
  public static Classification manual(double[] values, double[] bounds) {
    double[] b = Arrays.stream(bounds).filter(Double::isFinite).sorted().distinct().toArray();
    if (b.length < 2) {
      throw new IllegalArgumentException(
          "manual classes need at least two distinct finite bounds, got "
              + Arrays.toString(bounds));
    }
    if (b.length - 1 > MAX_CLASSES) {
      throw new IllegalArgumentException(
          "at most " + MAX_CLASSES + " classes, got " + (b.length - 1));
    }
    List<String> notes = new ArrayList<>();
    if (b.length != bounds.length) {
      notes.add("Repeated or non-finite bounds were dropped.");
    }
    double[] x = finiteSorted(values);
    if (x.length > 0) {
      if (x[0] < b[0]) {
        notes.add("The lowest class was extended down to the smallest value.");
        b[0] = x[0];
      }
      if (x[x.length - 1] > b[b.length - 1]) {
        notes.add("The highest class was extended up to the largest value.");
        b[b.length - 1] = x[x.length - 1];
      }
    }
    return new Classification(ClassificationMethod.MANUAL, b.length - 1, b, values, notes);
  }

  private static Classification empty(ClassificationMethod m, int classes, double[] values) {
    return new Classification(
        m, classes, new double[0], values, List.of("There are no values to classify."));
  }

  private static void checkClasses(int classes) {
    if (classes < 1 || classes > MAX_CLASSES) {
      throw new IllegalArgumentException(
          "number of classes must be 1–" + MAX_CLASSES + ", was " + classes);
    }
  }

  private static String fewerNote(int asked, int made, String why) {
    return asked
        + " classes asked for, "
        + made
        + (made == 1 ? " class" : " classes")
        + " made: "
        + why
        + ".";
  }

  /** The finite values, sorted ascending. */
  static double[] finiteSorted(double[] values) {
    double[] x = Arrays.stream(values).filter(Double::isFinite).toArray();
    Arrays.sort(x);
    return x;
  }

  /**
   * Bounds from min, candidate inner breaks (ascending) and max, dropping repeated breaks. The
   * first break may equal min (a class of the minimum value alone).
   */
  private static double[] assemble(double min, double[] inner, double max) {
    double[] out = new double[inner.length + 2];
    int n = 0;
    out[n++] = min;
    for (double b : inner) {
      // the first class may hold just the minimum (bound equal to min); otherwise strictly rising
      if ((n == 1 ? b >= min : b > out[n - 1]) && b < max) {
        out[n++] = b;
      }
    }
    if (max > out[n - 1] || n == 1) {
      out[n++] = max;
    }
    return Arrays.copyOf(out, n);
  }
}
