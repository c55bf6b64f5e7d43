package org.wardflow.disclosure;

/**
 * Exact audit of a given hidden pattern on a prepared table, with nothing repaired: what a reader
 * who knows every figure published exactly (the strongest reader — rounding ignored) can work out
 * about the cells and totals hidden in the pattern. Used to check the combination of several
 * releases of one table: a cell is hidden in the combination only if it is hidden in every release,
 * and a total is published if any release published it.
 */
final class PatternAudit {
  private PatternAudit() {}

  /**
   * Counts hidden cells, and hidden totals of 1..p−1, whose feasible interval is narrower than p.
   *
   * @param t prepared table
   * @param cellHidden hidden cells (each must hold a non-zero count)
   * @param rowHidden hidden ward totals
   * @param colHidden hidden school totals
   * @param grandHidden whether the grand total is hidden
   * @param p protection level
   * @return failures, with the first failing cell id (or −1) in {@code firstCell[0]} when given
   */
  static int failures(
      PreparedTable t,
      boolean[] cellHidden,
      boolean[] rowHidden,
      boolean[] colHidden,
      boolean grandHidden,
      int p,
      int[] firstCell) {
    if (firstCell != null) {
      firstCell[0] = -1;
    }
    if (p <= 0) {
      return 0;
    }
    int rows = t.rows;
    int cols = t.cols;
    int s = rows + cols;
    int tt = rows + cols + 1;
    FlowNetwork net = new FlowNetwork(rows + cols + 2, rows + cols + 1 + t.cells);
    long[] rowMass = new long[rows];
    long[] colMass = new long[cols];
    long all = 0;
    int[] cellEdge = new int[t.cells];
    for (int i = 0; i < t.cells; i++) {
      cellEdge[i] = -1;
      if (cellHidden[i]) {
        if (t.val[i] < 1) {
          throw new IllegalArgumentException("a hidden cell must be non-zero");
        }
        cellEdge[i] = net.addEdge(t.cellRow[i], rows + t.col[i], 1, FlowNetwork.INF, t.val[i]);
        rowMass[t.cellRow[i]] += t.val[i];
        colMass[t.col[i]] += t.val[i];
        all += t.val[i];
      }
    }
    int[] rowEdge = new int[rows];
    for (int r = 0; r < rows; r++) {
      rowEdge[r] = line(net, s, r, rowMass[r], rowHidden[r]);
    }
    int[] colEdge = new int[cols];
    for (int c = 0; c < cols; c++) {
      colEdge[c] = line(net, rows + c, tt, colMass[c], colHidden[c]);
    }
    int grandEdge = line(net, tt, s, all, grandHidden);
    int failures = 0;
    for (int i = 0; i < t.cells; i++) {
      if (cellEdge[i] >= 0 && !wideEnough(net, cellEdge[i], p)) {
        failures++;
        if (firstCell != null && firstCell[0] < 0) {
          firstCell[0] = i;
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      if (rowHidden[r] && small(t.rowTotal[r], p) && !wideEnough(net, rowEdge[r], p)) {
        failures++;
      }
    }
    for (int c = 0; c < cols; c++) {
      if (colHidden[c] && small(t.colTotal[c], p) && !wideEnough(net, colEdge[c], p)) {
        failures++;
      }
    }
    if (grandHidden && small(t.grandTotal, p) && !wideEnough(net, grandEdge, p)) {
      failures++;
    }
    return failures;
  }

  private static boolean small(long v, int p) {
    return v >= 1 && v < p;
  }

  private static int line(FlowNetwork net, int u, int v, long mass, boolean free) {
    return free ? net.addEdge(u, v, 0, FlowNetwork.INF, mass) : net.addEdge(u, v, mass, mass, mass);
  }

  private static boolean wideEnough(FlowNetwork net, int e, int p) {
    long down = net.slack(e, p, 0)[0];
    long up = net.slack(e, 0, p - down)[1];
    return down + up >= p;
  }
}
