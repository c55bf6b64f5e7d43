package org.wardflow.analysis;

import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;

/**
 * {@link HiddenCellBounds} from the publication alone. For a {@link PublishedTable} the bounds are
 * its public feasible intervals ({@link PublishedTable#cellInterval}: exact linear-programming
 * bounds from every published cell and total, suppressed cells at least 1), so they never depend on
 * whether a cell was hidden as a small count or as a complement — which a reader cannot tell. For a
 * bare grid of released figures (tests, hand-made examples) the same reader's knowledge is
 * propagated over rows and columns until nothing narrows.
 *
 * <p>A suppressed cell that no published total bounds can only be a small-count suppression
 * (complements are only ever chosen in lines whose totals are published), so it is bounded by
 * 1..k−1.
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
      PublishedValue[] colTotals) {}

  static PolicyCellBounds of(PublishedTable t) {
    int n = t.cellCount();
    int k = t.policy().k();
    int[] lo = new int[n];
    int[] hi = new int[n];
    int fallbacks = 0;
    for (int i = 0; i < n; i++) {
      org.wardflow.disclosure.Interval iv = t.cellInterval(i);
      lo[i] = iv.lower();
      if (iv.bounded()) {
        hi[i] = iv.upper();
      } else {
        hi[i] = Math.max(lo[i], k - 1);
        fallbacks++;
      }
    }
    return new PolicyCellBounds(lo, hi, source(t.policy(), fallbacks, true));
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
      // a cell the policy does not publish is a zero (never used for a non-zero cell)
      long[] b =
          g.cells()[i].status() == CellStatus.NOT_PUBLISHED
              ? new long[] {0, 0}
              : bounds(g.cells()[i], p);
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
    // hidden cells still unbounded: no published total bounds them, so they are small counts
    int fallbacks = 0;
    for (int i = 0; i < n; i++) {
      if (hi[i] >= UNBOUNDED) {
        hi[i] = Math.max(lo[i], k - 1);
        fallbacks++;
      }
    }
    String src = source(p, fallbacks, false);
    return new PolicyCellBounds(lo, hi, src);
  }

  private static String source(DisclosurePolicy p, int fallbacks, boolean exact) {
    return "Hidden cells drawn within what the publication alone allows"
        + (exact ? " (feasible intervals from every published cell and total)" : "")
        + ": at least 1 each, at most what published row and column totals leave"
        + (fallbacks > 0
            ? "; "
                + fallbacks
                + (fallbacks == 1 ? " cell" : " cells")
                + " that no published total bounds taken as small counts (1–"
                + Math.max(1, p.k() - 1)
                + ")"
            : "")
        + (p.roundingBase() > 0 ? "; rounded figures stand for the values that round to them" : "")
        + ".";
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
   * Bounds of the true value behind a released cell or total: exact or the rounding interval when
   * published; otherwise unbounded above, and at least 1 for a suppressed cell or total (a reader
   * cannot tell a small-count suppression from a complement, so both are treated alike). A cell the
   * policy does not publish is a zero; a total it does not publish is unknown.
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
    if (v.isSuppressed()) {
      return new long[] {1, UNBOUNDED};
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
