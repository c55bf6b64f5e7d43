package org.wardflow.disclosure;

/**
 * The feasible intervals a reader can work out from a {@link PublishedTable} alone — the attacker's
 * view, built from published figures and the policy, never from raw counts.
 *
 * <p>Model ({@link FlowNetwork}): each suppressed cell is an edge ward → school with bounds [1, ∞);
 * each line (ward, school, all) has an edge carrying the sum of its suppressed cells, bounded by
 * what the published total and published cells allow: [T<sub>lo</sub> − Σ published<sub>hi</sub>,
 * T<sub>hi</sub> − Σ published<sub>lo</sub>] where lo/hi are the counts a rounded figure could
 * stand for (equal to the figure without rounding), and [0, ∞) when the total is hidden. A feasible
 * flow is found once (Dinic, from a super source), then each interval by two residual max-flows.
 * Without rounding this is the exact LP interval; with rounding an outer bound, because the
 * rounding error of a published cell is allowed separately in its row and in its column.
 */
final class PublicIntervals {
  private final PublishedTable t;
  private final FlowNetwork net;
  private final int[] cellEdge;
  private final int[] rowEdge;
  private final int[] colEdge;
  private final int grandEdge;
  private final long[] rowPubLo;
  private final long[] rowPubHi;
  private final long[] colPubLo;
  private final long[] colPubHi;
  private long allPubLo;
  private long allPubHi;
  private final boolean feasible;
  private final Interval[] cache;

  PublicIntervals(PublishedTable t) {
    this.t = t;
    DisclosurePolicy policy = t.policy();
    int rows = t.wardCodes().size();
    int cols = t.schoolUrns().size();
    int n = t.cellCount();
    int s = rows + cols;
    int tt = rows + cols + 1;
    rowPubLo = new long[rows];
    rowPubHi = new long[rows];
    colPubLo = new long[cols];
    colPubHi = new long[cols];
    cellEdge = new int[n];
    int hiddenCount = 0;
    for (int i = 0; i < n; i++) {
      if (t.cell(i).isSuppressed()) {
        hiddenCount++;
      }
    }
    net = new FlowNetwork(rows + cols + 4, rows + cols + 1 + hiddenCount + rows + cols + 8);
    rowEdge = new int[rows];
    colEdge = new int[cols];
    for (int i = 0; i < n; i++) {
      CellStatus st = t.cellStatus(i);
      int r = t.row(i);
      int c = t.column(i);
      cellEdge[i] = -1;
      if (st == CellStatus.PUBLISHED) {
        Interval pre = policy.preimage(t.cellValue(i));
        rowPubLo[r] += pre.lower();
        rowPubHi[r] += pre.upper();
        colPubLo[c] += pre.lower();
        colPubHi[c] += pre.upper();
        allPubLo += pre.lower();
        allPubHi += pre.upper();
      } else if (st != CellStatus.NOT_PUBLISHED) {
        cellEdge[i] = net.addEdge(r, rows + c, 1, FlowNetwork.INF, 0);
      }
    }
    boolean ok = true;
    for (int r = 0; r < rows; r++) {
      long[] b = bounds(t.wardTotal(r), rowPubLo[r], rowPubHi[r], policy);
      ok &= b[1] >= 0;
      rowEdge[r] = net.addEdge(s, r, b[0], Math.max(b[0], b[1]), 0);
    }
    for (int c = 0; c < cols; c++) {
      long[] b = bounds(t.schoolTotal(c), colPubLo[c], colPubHi[c], policy);
      ok &= b[1] >= 0;
      colEdge[c] = net.addEdge(rows + c, tt, b[0], Math.max(b[0], b[1]), 0);
    }
    long[] g = bounds(t.grandTotal(), allPubLo, allPubHi, policy);
    ok &= g[1] >= 0;
    grandEdge = net.addEdge(tt, s, g[0], Math.max(g[0], g[1]), 0);
    feasible = ok && net.makeFeasible(rows + cols + 2, rows + cols + 3);
    cache = new Interval[n];
  }

  private static long[] bounds(PublishedValue total, long pubLo, long pubHi, DisclosurePolicy p) {
    if (!total.isPublished()) {
      return new long[] {0, FlowNetwork.INF};
    }
    Interval pre = p.preimage(total.value());
    return new long[] {Math.max(0, pre.lower() - pubHi), pre.upper() - pubLo};
  }

  private long[] range(int e) {
    long f = net.flow(e);
    long[] s = net.slack(e, FlowNetwork.INF, FlowNetwork.INF);
    long lo = f - s[0];
    long hi = s[1] >= FlowNetwork.INF / 2 ? FlowNetwork.INF : f + s[1];
    return new long[] {lo, hi};
  }

  private static Interval toInterval(long lo, long hi) {
    return Interval.of(lo, hi >= FlowNetwork.INF / 2 ? Interval.UNBOUNDED : hi);
  }

  synchronized Interval cell(int i) {
    if (cache[i] != null) {
      return cache[i];
    }
    Interval iv;
    if (cellEdge[i] < 0) {
      iv = Interval.exactly(0);
    } else if (!feasible) {
      iv = new Interval(1, Interval.UNBOUNDED);
    } else {
      long[] r = range(cellEdge[i]);
      iv = toInterval(r[0], r[1]);
    }
    cache[i] = iv;
    return iv;
  }

  synchronized Interval rowTotal(int r) {
    if (!feasible) {
      return toInterval(rowPubLo[r], FlowNetwork.INF);
    }
    long[] h = range(rowEdge[r]);
    return toInterval(rowPubLo[r] + h[0], h[1] >= FlowNetwork.INF ? h[1] : rowPubHi[r] + h[1]);
  }

  synchronized Interval colTotal(int c) {
    if (!feasible) {
      return toInterval(colPubLo[c], FlowNetwork.INF);
    }
    long[] h = range(colEdge[c]);
    return toInterval(colPubLo[c] + h[0], h[1] >= FlowNetwork.INF ? h[1] : colPubHi[c] + h[1]);
  }

  synchronized Interval grandTotal() {
    if (!feasible) {
      return toInterval(allPubLo, FlowNetwork.INF);
    }
    long[] h = range(grandEdge);
    return toInterval(allPubLo + h[0], h[1] >= FlowNetwork.INF ? h[1] : allPubHi + h[1]);
  }

  /** True when the published figures admit at least one table (always, for a genuine release). */
  boolean feasible() {
    return feasible;
  }

  PublishedTable table() {
    return t;
  }
}
