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

  /**
   * The published figures the bounds depend on, in compressed-row form.
   *
   * @param rowStart cells of row r are {@code rowStart[r] .. rowStart[r+1]-1}
   * @param colOfCell column of each cell
   * @param cells released value of each cell
   * @param rowTotals released row (ward) totals
   * @param colTotals released column (school) totals
   */
  record Grid(
      int[] rowStart,
      int[] colOfCell,
      PublishedValue[] cells,
      PublishedValue[] rowTotals,
      PublishedValue[] colTotals) {
    static Grid of(PublishedTable t) {
      int rows = t.wardCodes().size();
      int n = t.cellCount();
      int[] rs = new int[rows + 1];
      int[] col = new int[n];
      PublishedValue[] cells = new PublishedValue[n];
      for (int r = 0; r < rows; r++) {
        rs[r] = t.rowStart(r);
        for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
          col[i] = t.column(i);
          cells[i] = t.cell(i);
        }
      }
      rs[rows] = n;
      PublishedValue[] rt = new PublishedValue[rows];
      for (int r = 0; r < rows; r++) {
        rt[r] = t.wardTotal(r);
      }
      PublishedValue[] ct = new PublishedValue[t.schoolUrns().size()];
      for (int c = 0; c < ct.length; c++) {
        ct[c] = t.schoolTotal(c);
      }
      return new Grid(rs, col, cells, rt, ct);
    }
  }

  static PolicyCellBounds of(PublishedTable t) {
    return compute(Grid.of(t), t.policy());
  }

  /** Bounds for a grid of released figures under a policy. */
  static PolicyCellBounds compute(Grid g, DisclosurePolicy p) {
    int k = p.k();
    int n = g.cells().length;
    int rows = g.rowTotals().length;
    int nCols = g.colTotals().length;
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int i = 0; i < n; i++) {
      long[] b = bounds(g.cells()[i], p);
      lo[i] = (int) b[0];
      hi[i] = (int) b[1];
    }
    // cells of each column
    int[] colStart = new int[nCols + 1];
    for (int i = 0; i < n; i++) {
      colStart[g.colOfCell()[i] + 1]++;
    }
    for (int c = 0; c < nCols; c++) {
      colStart[c + 1] += colStart[c];
    }
    int[] fill = colStart.clone();
    int[] byCol = new int[n];
    for (int i = 0; i < n; i++) {
      byCol[fill[g.colOfCell()[i]]++] = i;
    }
    boolean changed = true;
    for (int pass = 0; pass < MAX_PASSES && changed; pass++) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        long[] tb = bounds(g.rowTotals()[r], p);
        if (tb[1] < UNBOUNDED) {
          int[] cells = new int[g.rowStart()[r + 1] - g.rowStart()[r]];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = g.rowStart()[r] + i;
          }
          changed |= narrow(lo, hi, tb, cells);
        }
      }
      for (int c = 0; c < nCols; c++) {
        long[] tb = bounds(g.colTotals()[c], p);
        if (tb[1] < UNBOUNDED) {
          changed |=
              narrow(lo, hi, tb, java.util.Arrays.copyOfRange(byCol, colStart[c], colStart[c + 1]));
        }
      }
    }
    // hidden cells still unbounded (no usable total): at most k−1 or the largest published value
    // in their row or column, whichever is larger
    int fallbacks = 0;
    int[] maxInRow = new int[rows];
    int[] maxInCol = new int[nCols];
    for (int r = 0; r < rows; r++) {
      for (int i = g.rowStart()[r]; i < g.rowStart()[r + 1]; i++) {
        if (g.cells()[i].isPublished()) {
          int c = g.colOfCell()[i];
          maxInRow[r] = Math.max(maxInRow[r], g.cells()[i].value());
          maxInCol[c] = Math.max(maxInCol[c], g.cells()[i].value());
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int i = g.rowStart()[r]; i < g.rowStart()[r + 1]; i++) {
        if (hi[i] >= UNBOUNDED) {
          hi[i] =
              Math.max(lo[i], Math.max(k - 1, Math.max(maxInRow[r], maxInCol[g.colOfCell()[i]])));
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
