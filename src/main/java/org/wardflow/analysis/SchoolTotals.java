package org.wardflow.analysis;

import java.util.SplittableRandom;
import org.wardflow.disclosure.Interval;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;

/**
 * The CYP attending each school (column) of a published table as the ranking draws them: a
 * published total within the values that round to it (exactly, without rounding); a hidden total as
 * its published cells plus its hidden cells drawn within their {@link HiddenCellBounds}, kept
 * within the school total's feasible interval ({@link PublishedTable#schoolTotalInterval}) and —
 * when the grand total is published — adjusted together with the other hidden totals so that all
 * school totals add up to the grand total.
 *
 * <p>Drawing each hidden cell on its own and adding them up overstates hidden totals: every cell's
 * interval is feasible alone, not all at once (on the demo at k = 5 the estimates of the hidden
 * school totals added up to more than the whole table). The adjustment: when the hidden totals
 * drawn add up to more than the grand total leaves, each is moved towards its lower bound by the
 * same fraction of its room; when to less, towards its upper bound; then they are rounded to whole
 * numbers with the exact sum kept (systematic rounding from a random start). The point estimate is
 * the same adjustment applied to the midpoints. Other published totals (ward totals) are respected
 * cell by cell through the bounds, not jointly.
 *
 * <p>Immutable after construction apart from {@link #draw}'s use of caller-owned buffers:
 * thread-safe.
 */
final class SchoolTotals {
  private static final long UNBOUNDED = Integer.MAX_VALUE / 4;

  private final int cols;
  private final boolean[] known;
  private final int[] lo;
  private final int[] hi;
  private final int[] publishedSum;
  private final int[][] uncLo;
  private final int[][] uncHi;
  private final double[] point;
  private final int[] hiddenCols;
  private final boolean constrained;
  private final long grandLo;
  private final long grandHi;

  private SchoolTotals(PublishedTable t, PublishedColumns pc, HiddenCellBounds b) {
    cols = t.schoolUrns().size();
    known = new boolean[cols];
    lo = new int[cols];
    hi = new int[cols];
    publishedSum = new int[cols];
    uncLo = new int[cols][];
    uncHi = new int[cols][];
    point = new double[cols];
    boolean exactCells = t.policy().roundingBase() == 0;
    int nHidden = 0;
    for (int c = 0; c < cols; c++) {
      PublishedValue total = t.schoolTotal(c);
      Interval iv = t.schoolTotalInterval(c);
      if (total.isPublished()) {
        known[c] = true;
        lo[c] = iv.lower();
        hi[c] = iv.upper();
        point[c] = total.value();
        continue;
      }
      nHidden++;
      int sum = 0;
      int n = 0;
      for (int i = pc.start(c); i < pc.end(c); i++) {
        int cell = pc.cells[i];
        if (!(exactCells && t.cell(cell).isPublished())) {
          n++;
        }
      }
      int[] ul = new int[n];
      int[] uh = new int[n];
      long sumLo = 0;
      long sumHi = 0;
      double mid = 0;
      int j = 0;
      for (int i = pc.start(c); i < pc.end(c); i++) {
        int cell = pc.cells[i];
        PublishedValue v = t.cell(cell);
        if (exactCells && v.isPublished()) {
          sum += v.value();
        } else {
          ul[j] = b.lower(cell);
          uh[j] = b.upper(cell);
          sumLo += ul[j];
          sumHi += uh[j];
          mid += b.midpoint(cell);
          j++;
        }
      }
      publishedSum[c] = sum;
      uncLo[c] = ul;
      uncHi[c] = uh;
      long l = Math.max(iv.lower(), sum + sumLo);
      long h = iv.bounded() ? Math.min(iv.upper(), sum + sumHi) : sum + sumHi;
      h = Math.min(Math.max(l, h), UNBOUNDED);
      lo[c] = (int) l;
      hi[c] = (int) h;
      point[c] = Math.max(l, Math.min(h, sum + mid));
    }
    hiddenCols = new int[nHidden];
    int j = 0;
    for (int c = 0; c < cols; c++) {
      if (!known[c]) {
        hiddenCols[j++] = c;
      }
    }
    Interval g = t.grandTotalInterval();
    constrained = nHidden > 0 && g.bounded();
    grandLo = g.lower();
    grandHi = constrained ? g.upper() : UNBOUNDED;
    if (constrained) {
      double knownSum = 0;
      for (int c = 0; c < cols; c++) {
        if (known[c]) {
          knownSum += point[c];
        }
      }
      fit(point, 0.5 * (grandLo + grandHi) - knownSum);
    }
  }

  /** The totals of a published table's schools, hidden cells within these bounds. */
  static SchoolTotals of(PublishedTable t, PublishedColumns pc, HiddenCellBounds b) {
    return new SchoolTotals(t, pc, b);
  }

  /** Number of schools (columns). */
  int size() {
    return cols;
  }

  /** True when the school's total is published. */
  boolean known(int col) {
    return known[col];
  }

  /** The least total the school can have. */
  int lower(int col) {
    return lo[col];
  }

  /** The greatest total the school can have. */
  int upper(int col) {
    return hi[col];
  }

  /** The figure standing for the school's total: published, or estimated (see the class doc). */
  double point(int col) {
    return point[col];
  }

  /** True when the hidden totals are drawn to add up to what the published grand total leaves. */
  boolean constrainedByGrandTotal() {
    return constrained;
  }

  /** Number of hidden school totals. */
  int hiddenCount() {
    return hiddenCols.length;
  }

  /**
   * Draws every school's total.
   *
   * @param rng random stream
   * @param out totals, one per column (written)
   * @param work scratch buffer of at least {@link #size()} doubles
   */
  void draw(SplittableRandom rng, int[] out, double[] work) {
    long knownSum = 0;
    for (int c = 0; c < cols; c++) {
      if (known[c]) {
        out[c] = Sampling.uniform(rng, lo[c], hi[c]);
        knownSum += out[c];
      }
    }
    for (int c : hiddenCols) {
      long raw = publishedSum[c];
      int[] ul = uncLo[c];
      int[] uh = uncHi[c];
      for (int j = 0; j < ul.length; j++) {
        raw += Sampling.uniform(rng, ul[j], uh[j]);
      }
      work[c] = Math.max(lo[c], Math.min(hi[c], raw));
    }
    if (!constrained) {
      for (int c : hiddenCols) {
        out[c] = (int) work[c];
      }
      return;
    }
    long grand =
        grandLo == grandHi
            ? grandLo
            : grandLo
                + Sampling.below(rng, (int) Math.min(Integer.MAX_VALUE, grandHi - grandLo + 1));
    long target = fit(work, grand - knownSum);
    // systematic rounding from a random start keeps the sum
    double acc = rng.nextDouble();
    long sum = 0;
    for (int c : hiddenCols) {
      double next = acc + work[c];
      int y = (int) (Math.floor(next) - Math.floor(acc));
      y = Math.max(lo[c], Math.min(hi[c], y));
      out[c] = y;
      sum += y;
      acc = next;
    }
    // floating-point slack: move single units where there is room
    int n = hiddenCols.length;
    int start = Sampling.below(rng, n);
    for (int pass = 0; pass < 2 * n && sum != target; pass++) {
      int c = hiddenCols[(start + pass) % n];
      if (sum < target && out[c] < hi[c]) {
        out[c]++;
        sum++;
      } else if (sum > target && out[c] > lo[c]) {
        out[c]--;
        sum--;
      }
    }
  }

  /**
   * Moves the hidden totals in {@code x} (by column) so that they add up to {@code target} (clamped
   * to what their bounds allow): towards their lower bounds by a common fraction of their room when
   * there is too much, towards their upper bounds when too little.
   *
   * @return the target used (whole number)
   */
  private long fit(double[] x, double target) {
    double sx = 0;
    double sl = 0;
    double su = 0;
    for (int c : hiddenCols) {
      sx += x[c];
      sl += lo[c];
      su += hi[c];
    }
    long t = Math.round(Math.max(sl, Math.min(su, target)));
    if (t < sx && sx > sl) {
      double f = (t - sl) / (sx - sl);
      for (int c : hiddenCols) {
        x[c] = lo[c] + (x[c] - lo[c]) * f;
      }
    } else if (t > sx && su > sx) {
      double f = (t - sx) / (su - sx);
      for (int c : hiddenCols) {
        x[c] = x[c] + (hi[c] - x[c]) * f;
      }
    }
    return t;
  }
}
