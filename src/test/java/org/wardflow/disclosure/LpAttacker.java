package org.wardflow.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An attacker who sees only a publication (or several) and solves linear programmes with Commons
 * Math's {@link SimplexSolver} — written independently of the production max-flow code, to check
 * it.
 *
 * <p>Unknowns: every cell that is suppressed in every release it appears in. A cell published in
 * some release is known (exactly, or within its rounding preimage if all releases rounded it — a
 * cell variable with those bounds). Constraints: every published total (within its preimage), for
 * every release. Lower bound of a suppressed cell: 1 when the attacker may assume suppressed cells
 * are non-zero, else 0.
 */
final class LpAttacker {
  /** A published view of one release, independent of the production classes. */
  record View(
      int rows,
      int cols,
      int[] cellRow,
      int[] cellCol,
      boolean[] cellPublished,
      boolean[] cellKnownZero,
      int[] cellValue,
      Integer[] rowTotal,
      Integer[] colTotal,
      Integer grand,
      int roundingBase,
      int k) {

    /** The counts a published figure could stand for under this release's rounding rule. */
    long[] preimage(long published) {
      if (roundingBase == 0) {
        return new long[] {published, published};
      }
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (long v = Math.max(0, published - 2L * roundingBase);
          v <= published + 2L * roundingBase;
          v++) {
        if (v != 0 && v < k && k > 1) {
          continue;
        }
        long r = v == 0 ? 0 : (v + roundingBase / 2) / roundingBase * roundingBase;
        if (v != 0 && k >= 2 && r < k) {
          r = (k + roundingBase - 1) / roundingBase * roundingBase;
        }
        if (r == published) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      return new long[] {lo, hi};
    }

    static View of(PublishedTable t) {
      int n = t.cellCount();
      int[] r = new int[n];
      int[] c = new int[n];
      boolean[] pub = new boolean[n];
      boolean[] zero = new boolean[n];
      int[] v = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = t.row(i);
        c[i] = t.column(i);
        pub[i] = t.cell(i).isPublished();
        zero[i] = t.cell(i).status() == CellStatus.NOT_PUBLISHED;
        v[i] = t.cell(i).value();
      }
      Integer[] rt = new Integer[t.wardCodes().size()];
      for (int i = 0; i < rt.length; i++) {
        rt[i] = t.wardTotal(i).isPublished() ? t.wardTotal(i).value() : null;
      }
      Integer[] ct = new Integer[t.schoolUrns().size()];
      for (int i = 0; i < ct.length; i++) {
        ct[i] = t.schoolTotal(i).isPublished() ? t.schoolTotal(i).value() : null;
      }
      Integer g = t.grandTotal().isPublished() ? t.grandTotal().value() : null;
      return new View(
          rt.length,
          ct.length,
          r,
          c,
          pub,
          zero,
          v,
          rt,
          ct,
          g,
          t.policy().roundingBase(),
          t.policy().k());
    }
  }

  /** A feasible interval; upper = Long.MAX_VALUE when unbounded. */
  record Bounds(long lower, long upper) {
    long width() {
      return upper == Long.MAX_VALUE ? Long.MAX_VALUE : upper - lower;
    }
  }

  private LpAttacker() {}

  /**
   * Feasible interval of every cell of the releases' common grid that is suppressed in all of them
   * (cells are matched by (row, column); all views must share rows and columns).
   *
   * @param views the releases
   * @param suppressedLowerBound 1 when suppressed cells are known to be non-zero, else 0
   * @param exactRounding true: rounded published cells are unknowns within their preimage (the true
   *     attacker); false: rounding uncertainty is taken per line, as the production model does
   * @return map from cell index (in the first view's order) to bounds; null entries for cells
   *     published somewhere
   */
  static Bounds[] attack(List<View> views, int suppressedLowerBound, boolean exactRounding) {
    View v0 = views.get(0);
    int n = v0.cellRow.length;
    // per cell: known range from the most informative release
    long[] lo = new long[n];
    long[] hi = new long[n];
    boolean[] unknown = new boolean[n];
    boolean[] hiddenEverywhere = new boolean[n];
    for (int i = 0; i < n; i++) {
      lo[i] = 0;
      hi[i] = Long.MAX_VALUE;
      boolean allHidden = true;
      for (View v : views) {
        if (v.cellPublished[i]) {
          long[] p = v.preimage(v.cellValue[i]);
          lo[i] = Math.max(lo[i], p[0]);
          hi[i] = Math.min(hi[i], p[1]);
          allHidden = false;
        } else if (v.cellKnownZero[i]) {
          lo[i] = 0;
          hi[i] = 0;
          allHidden = false;
        }
      }
      if (allHidden) {
        lo[i] = suppressedLowerBound;
        hiddenEverywhere[i] = true;
      }
      unknown[i] = allHidden || (exactRounding && lo[i] < hi[i]);
    }
    int[] var = new int[n];
    int nv = 0;
    for (int i = 0; i < n; i++) {
      var[i] = unknown[i] ? nv++ : -1;
    }
    List<LinearConstraint> cons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (var[i] >= 0) {
        // an explicit bound row for every unknown, even x >= 0: Commons Math 3.6.1's simplex
        // returns wrong optima for unknowns that appear in no row of their own
        cons.add(new LinearConstraint(unit(nv, var[i]), Relationship.GEQ, lo[i]));
        if (hi[i] != Long.MAX_VALUE) {
          cons.add(new LinearConstraint(unit(nv, var[i]), Relationship.LEQ, hi[i]));
        }
      }
    }
    for (View v : views) {
      for (int r = 0; r < v0.rows; r++) {
        if (v.rowTotal[r] != null) {
          final int rr = r;
          addLine(cons, v, nv, var, lo, hi, i -> v0.cellRow[i] == rr, v.rowTotal[r]);
        }
      }
      for (int c = 0; c < v0.cols; c++) {
        if (v.colTotal[c] != null) {
          final int cc = c;
          addLine(cons, v, nv, var, lo, hi, i -> v0.cellCol[i] == cc, v.colTotal[c]);
        }
      }
      if (v.grand != null) {
        addLine(cons, v, nv, var, lo, hi, i -> true, v.grand);
      }
    }
    Bounds[] out = new Bounds[n];
    for (int i = 0; i < n; i++) {
      if (!hiddenEverywhere[i]) {
        continue;
      }
      long min = Math.round(solve(nv, cons, var[i], GoalType.MINIMIZE));
      double maxD = solve(nv, cons, var[i], GoalType.MAXIMIZE);
      long max = Double.isInfinite(maxD) ? Long.MAX_VALUE : Math.round(maxD);
      out[i] = new Bounds(min, max);
    }
    return out;
  }

  private static void addLine(
      List<LinearConstraint> cons,
      View v,
      int nv,
      int[] var,
      long[] lo,
      long[] hi,
      java.util.function.IntPredicate member,
      int published) {
    long[] t = v.preimage(published);
    double[] coef = new double[nv];
    long knownLo = 0;
    long knownHi = 0;
    boolean any = false;
    for (int i = 0; i < var.length; i++) {
      if (!member.test(i)) {
        continue;
      }
      if (var[i] >= 0) {
        coef[var[i]] = 1;
        any = true;
      } else {
        knownLo += lo[i];
        knownHi += hi[i];
      }
    }
    if (!any) {
      return;
    }
    // sum(unknown) in [tLo - knownHi, tHi - knownLo]
    cons.add(new LinearConstraint(coef, Relationship.GEQ, t[0] - knownHi));
    cons.add(new LinearConstraint(coef.clone(), Relationship.LEQ, t[1] - knownLo));
  }

  private static double[] unit(int n, int j) {
    double[] a = new double[n];
    a[j] = 1;
    return a;
  }

  private static double solve(int nv, List<LinearConstraint> cons, int j, GoalType goal) {
    try {
      PointValuePair p =
          new SimplexSolver(1e-9, 10, 1e-12)
              .optimize(
                  new MaxIter(100_000),
                  new LinearObjectiveFunction(unit(nv, j), 0),
                  new LinearConstraintSet(cons),
                  goal,
                  new NonNegativeConstraint(true),
                  PivotSelectionRule.BLAND);
      return p.getValue();
    } catch (UnboundedSolutionException e) {
      return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : 0;
    }
  }
}
