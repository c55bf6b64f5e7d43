package org.wardflow.io.synth;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Controlled rounding of a non-negative real matrix to integers that keeps its totals: every cell
 * becomes the floor or the ceiling of its value and the row and column totals are met exactly — Cox
 * &amp; Ernst's controlled rounding of two-way tables; a zero-restricted one (whole numbers
 * unchanged) always exists when the margins may be rounded too (Cox, 1987).
 *
 * <p>Method: take floors; round up the cells with the largest fractions greedily while their row
 * and column still need units; then complete with augmenting paths (a bipartite transportation
 * problem with unit capacities), which only ever changes a cell by one. Only cells with a fraction
 * are rounded up, so whole numbers (and zeros) stay as they are; whole-number cells are used only
 * if the targets cannot be met otherwise. Deterministic.
 */
public final class ControlledRounding {
  private ControlledRounding() {}

  /**
   * Rounds a vector to integers with a given total, largest remainder first (ties to the lower
   * index).
   *
   * @param x non-negative values
   * @param total the integer total wanted (normally {@code round(sum(x))})
   * @return floors or ceilings of x summing to total
   */
  public static int[] roundVector(double[] x, int total) {
    int n = x.length;
    int[] out = new int[n];
    long s = 0;
    for (int i = 0; i < n; i++) {
      out[i] = (int) Math.floor(x[i]);
      s += out[i];
    }
    long need = total - s;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(x[b] - Math.floor(x[b]), x[a] - Math.floor(x[a]));
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int k = 0; need > 0 && n > 0; k = (k + 1) % n) {
      out[order[k]]++;
      need--;
    }
    for (int k = n - 1; need < 0 && n > 0; k = (k - 1 + n) % n) {
      if (out[order[k]] > 0) {
        out[order[k]]--;
        need++;
      }
    }
    return out;
  }

  /**
   * Zero-restricted controlled rounding with fixed column totals: every cell becomes the floor or
   * the ceiling of its value (whole numbers, including zeros, stay as they are), every column sums
   * to its target and every row to the floor or the ceiling of its real sum. Such a rounding always
   * exists when the column targets are the column sums themselves (whole numbers, as after Furness
   * balancing to schools' pupil numbers): the table then lies in the integral flow polytope (Cox,
   * 1987). Targets rounded column by column need not admit one (a row can be forced below its
   * floor); that is refused, never answered with a wrong table.
   *
   * @param x non-negative values [row][column]
   * @param colTargets integer column totals, each the floor or ceiling of its column's sum
   * @return the rounded matrix
   * @throws IllegalArgumentException when the column targets are not roundings of the sums, or no
   *     rounding meets them
   */
  public static int[][] round(double[][] x, int[] colTargets) {
    int n = x.length;
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (double v : x[i]) {
        s += v;
      }
      lo[i] = (int) Math.floor(s);
      hi[i] = (int) Math.ceil(s);
    }
    return solve(x, lo, hi, colTargets);
  }

  /**
   * Rounds with each row total in [lo, hi] and columns exact. Max-flow with lower bounds in two
   * passes: first every row takes its lower bound (possible whenever a solution exists: drop units
   * of a solution's rows down to their bounds), then rows with room take more until the columns are
   * full — augmenting paths never lower a row's total, so the bounds stay met.
   */
  private static int[][] solve(double[][] x, int[] lo, int[] hi, int[] colTargets) {
    int n = x.length;
    int m = colTargets.length;
    int[][] out = new int[n][m];
    int[] rowNeed = lo.clone();
    int[] rowRoom = new int[n];
    int[] colNeed = colTargets.clone();
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (x[i].length != m) {
        throw new IllegalArgumentException("row " + i + " has the wrong length");
      }
      for (int j = 0; j < m; j++) {
        double v = x[i][j];
        int f = (int) Math.floor(v);
        out[i][j] = f;
        rowNeed[i] -= f;
        colNeed[j] -= f;
        if (v > 0) {
          k++;
        }
      }
      rowRoom[i] = hi[i] - lo[i];
    }
    for (int i = 0; i < n; i++) {
      if (rowNeed[i] + rowRoom[i] < 0) {
        throw new IllegalArgumentException("row " + i + " floors already exceed its target");
      }
      if (rowNeed[i] < 0) {
        rowRoom[i] += rowNeed[i];
        rowNeed[i] = 0;
      }
    }
    for (int j = 0; j < m; j++) {
      if (colNeed[j] < 0) {
        throw new IllegalArgumentException("column " + j + " floors already exceed its target");
      }
    }
    // Candidate cells (each may take one more unit), ordered by fraction, largest first: a
    // bucket sort on the fraction (4,096 buckets), row-major within a bucket. Deterministic.
    final int buckets = 4096;
    int[] bucketOf = new int[k];
    int[] start = new int[buckets + 1];
    int[] cellI = new int[k];
    int[] cellJ = new int[k];
    int e0 = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double v = x[i][j];
        if (v > 0) {
          double frac = v - Math.floor(v);
          int bk = buckets - 1 - Math.min(buckets - 1, (int) (frac * buckets));
          bucketOf[e0] = bk;
          cellI[e0] = i;
          cellJ[e0] = j;
          start[bk + 1]++;
          e0++;
        }
      }
    }
    for (int bk = 0; bk < buckets; bk++) {
      start[bk + 1] += start[bk];
    }
    int[] ci = new int[k];
    int[] cj = new int[k];
    for (int e = 0; e < k; e++) {
      int at = start[bucketOf[e]]++;
      ci[at] = cellI[e];
      cj[at] = cellJ[e];
    }
    boolean[] up = new boolean[k];
    boolean[] fractional = new boolean[k];
    boolean[] any = new boolean[k];
    for (int e = 0; e < k; e++) {
      double v = x[ci[e]][cj[e]];
      fractional[e] = v != Math.floor(v);
      any[e] = true;
    }
    // pass 1: every row up to its lower bound (fractional cells; whole-number cells as a last
    // resort), largest fractions first, then augmenting paths
    greedy(ci, cj, up, fractional, rowNeed, colNeed);
    new Augmenter(n, m, ci, cj, up, rowNeed, colNeed, fractional).run();
    if (Arrays.stream(rowNeed).anyMatch(v -> v > 0)) {
      new Augmenter(n, m, ci, cj, up, rowNeed, colNeed, any).run();
    }
    for (int i = 0; i < n; i++) {
      if (rowNeed[i] != 0) {
        throw new IllegalArgumentException(
            "no controlled rounding exists for these targets (row " + i + ")");
      }
    }
    // pass 2: rows with room take the units the columns still need
    greedy(ci, cj, up, fractional, rowRoom, colNeed);
    new Augmenter(n, m, ci, cj, up, rowRoom, colNeed, fractional).run();
    if (Arrays.stream(colNeed).anyMatch(v -> v > 0)) {
      new Augmenter(n, m, ci, cj, up, rowRoom, colNeed, any).run();
    }
    for (int j = 0; j < m; j++) {
      if (colNeed[j] != 0) {
        throw new IllegalArgumentException(
            "no controlled rounding exists for these targets (column " + j + ")");
      }
    }
    for (int e = 0; e < k; e++) {
      if (up[e]) {
        out[ci[e]][cj[e]]++;
      }
    }
    return out;
  }

  private static void greedy(
      int[] ci, int[] cj, boolean[] up, boolean[] allowed, int[] rowNeed, int[] colNeed) {
    for (int e = 0; e < ci.length; e++) {
      if (allowed[e] && !up[e] && rowNeed[ci[e]] > 0 && colNeed[cj[e]] > 0) {
        up[e] = true;
        rowNeed[ci[e]]--;
        colNeed[cj[e]]--;
      }
    }
  }

  /**
   * Finds augmenting paths row (needing a unit) → cell not yet rounded up → column → cell rounded
   * up → row … → column (needing a unit), in Dinic phases: a BFS level graph from every row that
   * still needs units, then blocking flows by DFS with current-arc pointers.
   */
  private static final class Augmenter {
    final int n;
    final int m;
    final int[] ci;
    final int[] cj;
    final boolean[] up;
    final int[] rowNeed;
    final int[] colNeed;
    final int[][] rowEdges;
    final int[][] colEdges;
    final int[] levelRow;
    final int[] levelCol;
    final int[] ptrRow;
    final int[] ptrCol;

    Augmenter(
        int n,
        int m,
        int[] ci,
        int[] cj,
        boolean[] up,
        int[] rowNeed,
        int[] colNeed,
        boolean[] allowed) {
      this.n = n;
      this.m = m;
      this.ci = ci;
      this.cj = cj;
      this.up = up;
      this.rowNeed = rowNeed;
      this.colNeed = colNeed;
      this.rowEdges = adjacency(ci, n, allowed);
      this.colEdges = adjacency(cj, m, allowed);
      this.levelRow = new int[n];
      this.levelCol = new int[m];
      this.ptrRow = new int[n];
      this.ptrCol = new int[m];
    }

    void run() {
      while (bfs()) {
        Arrays.fill(ptrRow, 0);
        Arrays.fill(ptrCol, 0);
        for (int r = 0; r < n; r++) {
          while (rowNeed[r] > 0 && levelRow[r] == 0 && dfs(r)) {
            rowNeed[r]--;
          }
        }
      }
    }

    private boolean bfs() {
      Arrays.fill(levelRow, -1);
      Arrays.fill(levelCol, -1);
      ArrayDeque<Integer> q = new ArrayDeque<>();
      for (int r = 0; r < n; r++) {
        if (rowNeed[r] > 0) {
          levelRow[r] = 0;
          q.add(r);
        }
      }
      boolean reached = false;
      while (!q.isEmpty()) {
        int r = q.poll();
        for (int e : rowEdges[r]) {
          if (up[e]) {
            continue;
          }
          int c = cj[e];
          if (levelCol[c] >= 0) {
            continue;
          }
          levelCol[c] = levelRow[r] + 1;
          if (colNeed[c] > 0) {
            reached = true;
            continue;
          }
          for (int e2 : colEdges[c]) {
            if (up[e2]) {
              int r2 = ci[e2];
              if (levelRow[r2] < 0) {
                levelRow[r2] = levelCol[c] + 1;
                q.add(r2);
              }
            }
          }
        }
      }
      return reached;
    }

    private boolean dfs(int r) {
      int[] edges = rowEdges[r];
      for (; ptrRow[r] < edges.length; ptrRow[r]++) {
        int e = edges[ptrRow[r]];
        if (up[e]) {
          continue;
        }
        int c = cj[e];
        if (levelCol[c] != levelRow[r] + 1) {
          continue;
        }
        if (colNeed[c] > 0) {
          colNeed[c]--;
          up[e] = true;
          return true;
        }
        int[] back = colEdges[c];
        for (; ptrCol[c] < back.length; ptrCol[c]++) {
          int e2 = back[ptrCol[c]];
          if (!up[e2]) {
            continue;
          }
          int r2 = ci[e2];
          if (levelRow[r2] != levelCol[c] + 1) {
            continue;
          }
          if (dfs(r2)) {
            up[e2] = false;
            up[e] = true;
            ptrCol[c]++;
            return true;
          }
        }
      }
      return false;
    }
  }

  private static int[][] adjacency(int[] end, int size, boolean[] allowed) {
    int[] deg = new int[size];
    for (int e = 0; e < end.length; e++) {
      if (allowed[e]) {
        deg[end[e]]++;
      }
    }
    int[][] adj = new int[size][];
    for (int v = 0; v < size; v++) {
      adj[v] = new int[deg[v]];
    }
    int[] at = new int[size];
    for (int e = 0; e < end.length; e++) {
      if (allowed[e]) {
        adj[end[e]][at[end[e]]++] = e;
      }
    }
    return adj;
  }
}
