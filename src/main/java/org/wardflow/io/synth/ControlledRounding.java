package org.wardflow.io.synth;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Controlled rounding of a non-negative real matrix to integers that keeps given integer row and
 * column totals: every cell becomes the floor or the ceiling of its value (zero-restricted where
 * possible), as in Cox &amp; Ernst's controlled rounding for two-way tables, which always exists
 * when each target is the floor or ceiling of the real margin.
 *
 * <p>Method: take floors; round up the cells with the largest fractions greedily while their row
 * and column still need units; then complete with augmenting paths (a bipartite transportation
 * problem with unit capacities), which only ever changes a cell by one. Deterministic.
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
   * Rounds a matrix keeping row and column totals.
   *
   * @param x non-negative values [row][column]
   * @param rowTargets integer row totals
   * @param colTargets integer column totals (same sum as the rows)
   * @return integers, each the floor or ceiling of its cell, with exactly those totals
   * @throws IllegalArgumentException when the totals differ or cannot be met by rounding
   */
  public static int[][] round(double[][] x, int[] rowTargets, int[] colTargets) {
    int n = x.length;
    int m = colTargets.length;
    long sr = 0;
    long sc = 0;
    for (int r : rowTargets) {
      sr += r;
    }
    for (int c : colTargets) {
      sc += c;
    }
    if (sr != sc) {
      throw new IllegalArgumentException("row targets sum " + sr + " ≠ column targets " + sc);
    }
    int[][] out = new int[n][m];
    int[] rowNeed = rowTargets.clone();
    int[] colNeed = colTargets.clone();
    int k = 0;
    for (int i = 0; i < n; i++) {
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
    }
    for (int i = 0; i < n; i++) {
      if (rowNeed[i] < 0) {
        throw new IllegalArgumentException("row " + i + " floors already exceed its target");
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
    // greedy: largest fractions first
    for (int e = 0; e < k; e++) {
      if (rowNeed[ci[e]] > 0 && colNeed[cj[e]] > 0) {
        up[e] = true;
        rowNeed[ci[e]]--;
        colNeed[cj[e]]--;
      }
    }
    // complete with augmenting paths (Dinic phases on the unit-capacity bipartite graph)
    new Augmenter(n, m, ci, cj, up, rowNeed, colNeed).run();
    for (int i = 0; i < n; i++) {
      if (rowNeed[i] != 0) {
        throw new IllegalArgumentException(
            "no controlled rounding exists for these targets (row " + i + ")");
      }
    }
    for (int e = 0; e < k; e++) {
      if (up[e]) {
        out[ci[e]][cj[e]]++;
      }
    }
    return out;
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

    Augmenter(int n, int m, int[] ci, int[] cj, boolean[] up, int[] rowNeed, int[] colNeed) {
      this.n = n;
      this.m = m;
      this.ci = ci;
      this.cj = cj;
      this.up = up;
      this.rowNeed = rowNeed;
      this.colNeed = colNeed;
      this.rowEdges = adjacency(ci, n);
      this.colEdges = adjacency(cj, m);
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

  private static int[][] adjacency(int[] end, int size) {
    int[] deg = new int[size];
    for (int v : end) {
      deg[v]++;
    }
    int[][] adj = new int[size][];
    for (int v = 0; v < size; v++) {
      adj[v] = new int[deg[v]];
    }
    int[] at = new int[size];
    for (int e = 0; e < end.length; e++) {
      adj[end[e]][at[end[e]]++] = e;
    }
    return adj;
  }
}
