package org.wardflow.analysis;

import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;

/**
 * {@link HiddenCellBounds} from the policy and published totals only: interval propagation over
 * rows and columns (each published row/column total bounds every cell in it, given the others'
 * bounds), repeated until nothing narrows.
 */
final class PolicyCellBounds implements HiddenCellBounds {
  private static final int UNBOUNDED = Integer.MAX_VALUE / 4;
  private static final int MAX_PASSES = 10;

  private final int[] lo;
  private final int[] hi;
  private final String source;

  private PolicyCellBounds(int[] lo, int[] hi, String source) {
    this.lo = lo;
    this.hi = hi;
    this.source = source;
  }

  static PolicyCellBounds of(PublishedTable t) {
    DisclosurePolicy p = t.policy();
    int k = p.k();
    int n = t.cellCount();
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int i = 0; i < n; i++) {
      long[] b = bounds(t.cell(i), p);
      lo[i] = (int) b[0];
      hi[i] = (int) b[1];
    }
    PublishedColumns cols = PublishedColumns.of(t);
    int rows = t.wardCodes().size();
    int nCols = t.schoolUrns().size();
    boolean changed = true;
    for (int pass = 0; pass < MAX_PASSES && changed; pass++) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        long[] tb = bounds(t.wardTotal(r), p);
        if (tb[1] < UNBOUNDED) {
          changed |= narrow(lo, hi, tb, rowCells(t, r));
        }
      }
      for (int c = 0; c < nCols; c++) {
        long[] tb = bounds(t.schoolTotal(c), p);
        if (tb[1] < UNBOUNDED) {
          int[] cells = java.util.Arrays.copyOfRange(cols.cells, cols.start(c), cols.end(c));
          changed |= narrow(lo, hi, tb, cells);
        }
      }
    }
    // hidden cells still unbounded (no usable total): at most k−1 or the largest published value
    // in their row or column, whichever is larger
    int fallbacks = 0;
    int[] maxInRow = new int[rows];
    int[] maxInCol = new int[nCols];
    for (int r = 0; r < rows; r++) {
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        if (t.cell(i).isPublished()) {
          maxInRow[r] = Math.max(maxInRow[r], t.cell(i).value());
          maxInCol[t.column(i)] = Math.max(maxInCol[t.column(i)], t.cell(i).value());
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        if (hi[i] >= UNBOUNDED) {
          hi[i] = Math.max(lo[i], Math.max(k - 1, Math.max(maxInRow[r], maxInCol[t.column(i)])));
          fallbacks++;
        }
      }
    }
    String src =
        "Hidden cells bounded from the policy alone: suppressed small counts 1–"
            + Math.max(1, k - 1)
            + ", other hidden cells 0 up to what published row and column totals leave"
            + (fallbacks > 0
                ? " ("
                    + fallbacks
                    + " cells with no usable total capped at the larger of k−1 and"
                    + " the largest published count in their row or column)"
                : "")
            + (p.roundingBase() > 0
                ? "; rounded figures stand for the values that round to them"
                : "")
            + ".";
    return new PolicyCellBounds(lo, hi, src);
  }

  private static int[] rowCells(PublishedTable t, int r) {
    int[] a = new int[t.rowEnd(r) - t.rowStart(r)];
    for (int i = 0; i < a.length; i++) {
      a[i] = t.rowStart(r) + i;
    }
    return a;
  }

  /** Narrows the cells of one line (row or column) whose sum lies in [tb0, tb1]. */
  private static boolean narrow(int[] lo, int[] hi, long[] tb, int[] cells) {
    long sumLo = 0;
    long sumHi = 0;
    for (int c : cells) {
      sumLo += lo[c];
      sumHi += hi[c];
    }
    boolean changed = false;
    for (int c : cells) {
      long othersLo = sumLo - lo[c];
      long othersHi = sumHi - hi[c];
      long newHi = Math.min(hi[c], tb[1] - othersLo);
      long newLo = othersHi >= UNBOUNDED ? lo[c] : Math.max(lo[c], tb[0] - othersHi);
      if (newHi < newLo) {
        // inconsistent (should not happen with a consistent table): keep the wider, safer bounds
        continue;
      }
      if (newHi != hi[c] || newLo != lo[c]) {
        sumLo += newLo - lo[c];
        sumHi += newHi - hi[c];
        lo[c] = (int) newLo;
        hi[c] = (int) newHi;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Bounds of the true value behind a released value: exact or the rounding interval when
   * published; 1..k−1 when primary-suppressed; unbounded otherwise.
   */
  static long[] bounds(PublishedValue v, DisclosurePolicy p) {
    int k = p.k();
    if (v.status() == CellStatus.PUBLISHED) {
      int b = p.roundingBase();
      int x = v.value();
      if (b == 0) {
        return new long[] {x, x};
      }
      // Math.round(r / b) * b == x  ⇔  x − b/2 ≤ r < x + b/2
      long lo = (long) Math.ceil(x - b / 2.0);
      long hi = (long) Math.ceil(x + b / 2.0) - 1;
      lo = Math.max(0, lo);
      if (x > 0) {
        lo = Math.max(lo, Math.max(1, k));
      } else if (k > hi) {
        hi = 0;
      }
      return new long[] {lo, Math.max(lo, hi)};
    }
    if (v.status() == CellStatus.SUPPRESSED_PRIMARY) {
      return new long[] {1, Math.max(1, k - 1)};
    }
    return new long[] {0, UNBOUNDED};
  }

  @Override
  public int lower(int cell) {
    return lo[cell];
  }

  @Override
  public int upper(int cell) {
    return hi[cell];
  }

  @Override
  public String source() {
    return source;
  }
}
