package org.wardflow.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The result of classifying values for a choropleth: class bounds, the class of each input value,
 * the number of values per class and legend labels. Immutable.
 *
 * <p>Class {@code i} (0-based) holds the values {@code v} with {@code bounds[i] < v <=
 * bounds[i+1]}; the first class also holds {@code bounds[0]}. Bounds rise strictly, except that the
 * first two may be equal: a first class holding only the minimum (e.g. all the zeros). Values that
 * are NaN or infinite are <em>no data</em>: class {@link #NO_DATA}, counted separately and labelled
 * {@link #noDataLabel()}.
 */
public final class Classification {
  /** The class index of a no-data value. */
  public static final int NO_DATA = -1;

  private final ClassificationMethod method;
  private final int requestedClasses;
  private final double[] bounds;
  private final int[] classOfValue;
  private final int[] counts;
  private final int noDataCount;
  private final List<String> labels;
  private final List<String> notes;
  private final double gvf;

  Classification(
      ClassificationMethod method,
      int requestedClasses,
      double[] bounds,
      double[] values,
      List<String> notes) {
    this.method = method;
    this.requestedClasses = requestedClasses;
    this.bounds = bounds.clone();
    int k = Math.max(0, bounds.length - 1);
    this.classOfValue = new int[values.length];
    this.counts = new int[k];
    int nd = 0;
    for (int i = 0; i < values.length; i++) {
      int c = classOf(values[i]);
      classOfValue[i] = c;
      if (c == NO_DATA) {
        nd++;
      } else {
        counts[c]++;
      }
    }
    this.noDataCount = nd;
    this.labels = Collections.unmodifiableList(makeLabels(this.bounds, values));
    this.notes = List.copyOf(notes);
    this.gvf = goodnessOfVarianceFit(values, classOfValue, k);
  }

  /** The method used. */
  public ClassificationMethod method() {
    return method;
  }

  /** The number of classes asked for (ties or few values may give fewer). */
  public int requestedClasses() {
    return requestedClasses;
  }

  /** The number of classes made (0 when there is no data at all). */
  public int classCount() {
    return counts.length;
  }

  /**
   * The class bounds: {@code classCount()+1} increasing values from the lowest lower bound to the
   * highest upper bound (a fresh array). Inner bounds are the breaks.
   */
  public double[] bounds() {
    return bounds.clone();
  }

  /** The inner breaks: the upper bound of every class but the last (a fresh array). */
  public double[] breaks() {
    return bounds.length < 2 ? new double[0] : Arrays.copyOfRange(bounds, 1, bounds.length - 1);
  }

  /** The class of the i-th input value, or {@link #NO_DATA}. */
  public int classOfIndex(int i) {
    return classOfValue[i];
  }

  /** The class of every input value, in input order (a fresh array). */
  public int[] classes() {
    return classOfValue.clone();
  }

  /**
   * The class of any value under these bounds: {@link #NO_DATA} for NaN or infinite values; values
   * below the lowest bound go to the first class and above the highest to the last.
   */
  public int classOf(double v) {
    if (!Double.isFinite(v) || bounds.length < 2) {
      return NO_DATA;
    }
    int k = bounds.length - 1;
    // first class c with v <= bounds[c+1]
    int lo = 0;
    int hi = k - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (v <= bounds[mid + 1]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The number of values in each class (a fresh array). */
  public int[] counts() {
    return counts.clone();
  }

  /** The number of values in a class. */
  public int count(int cls) {
    return counts[cls];
  }

  /** The number of no-data values. */
  public int noDataCount() {
    return noDataCount;
  }

  /** Legend labels, one per class, e.g. {@code "12 – 19"}. */
  public List<String> labels() {
    return labels;
  }

  /** The legend label of the no-data class. */
  public String noDataLabel() {
    return "No data";
  }

  /** Plain-language notes, e.g. why fewer classes were made than asked for. */
  public List<String> notes() {
    return notes;
  }

  /**
   * Goodness of variance fit (Jenks): 1 − (sum of squared deviations from class means) / (sum of
   * squared deviations from the overall mean); 1 is a perfect fit. NaN when there is no variance.
   */
  public double goodnessOfVarianceFit() {
    return gvf;
  }

  private static double goodnessOfVarianceFit(double[] values, int[] cls, int k) {
    double sum = 0;
    int n = 0;
    double[] cs = new double[k];
    int[] cn = new int[k];
    for (int i = 0; i < values.length; i++) {
      if (cls[i] >= 0) {
        sum += values[i];
        n++;
        cs[cls[i]] += values[i];
        cn[cls[i]]++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double mean = sum / n;
    double sdam = 0;
    double sdcm = 0;
    for (int i = 0; i < values.length; i++) {
      if (cls[i] >= 0) {
        double d = values[i] - mean;
        sdam += d * d;
        double e = values[i] - cs[cls[i]] / cn[cls[i]];
        sdcm += e * e;
      }
    }
    return sdam == 0 ? Double.NaN : 1 - sdcm / sdam;
  }

  private static List<String> makeLabels(double[] b, double[] values) {
    List<String> out = new ArrayList<>();
    if (b.length < 2) {
      return out;
    }
    boolean integral = true;
    for (double v : values) {
      if (Double.isFinite(v) && v != Math.rint(v)) {
        integral = false;
        break;
      }
    }
    int k = b.length - 1;
    if (integral) {
      DecimalFormat f = format(0);
      boolean ok = true;
      List<String> ints = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        double lo = c == 0 ? Math.ceil(b[0]) : Math.floor(b[c]) + 1;
        double hi = Math.floor(b[c + 1]);
        if (lo > hi) {
          ok = false;
          break;
        }
        ints.add(lo == hi ? f.format(lo) : f.format(lo) + " – " + f.format(hi));
      }
      if (ok) {
        return ints;
      }
    }
    int d = decimals(b);
    DecimalFormat f = format(d);
    for (int c = 0; c < k; c++) {
      out.add(f.format(b[c]) + " – " + f.format(b[c + 1]));
    }
    return out;
  }

  /** The fewest decimals (0–6) that tell all bounds apart, given their spread. */
  static int decimals(double[] b) {
    double range = b[b.length - 1] - b[0];
    int d = range >= 100 ? 0 : range >= 10 ? 1 : range >= 1 ? 2 : 3;
    for (; d < 6; d++) {
      DecimalFormat f = format(d);
      boolean distinct = true;
      for (int i = 1; i < b.length; i++) {
        if (b[i] != b[i - 1] && f.format(b[i]).equals(f.format(b[i - 1]))) {
          distinct = false;
          break;
        }
      }
      if (distinct) {
        break;
      }
    }
    return d;
  }

  static DecimalFormat format(int decimals) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method.label()).append(": ");
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(labels.get(i)).append(" (").append(counts[i]).append(')');
    }
    if (noDataCount > 0) {
      sb.append("; ").append(noDataLabel()).append(" (").append(noDataCount).append(')');
    }
    return sb.toString();
  }
}
