package org.wardflow.disclosure;

import java.util.Arrays;

/**
 * Computes one suppression pattern: primary suppression, secondary (complementary) suppression and
 * the exact audit, on a {@link PreparedTable}. One instance per run; not thread-safe.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li><b>Primary.</b> Cells of 1..k−1 are hidden. Every ward, school or grand total of 1..k−1 is
 *       a protected quantity (hidden if that kind of total is published).
 *   <li><b>Local phase.</b> A line (row or column) whose total is published and that holds hidden
 *       cells must hold at least two, with enough hidden people that each can move by the
 *       protection level p: hidden mass − (number hidden) × 1 ≥ p (hidden cells are never zero, so
 *       each is at least 1). A failing line gets a complement: among its published non-zero cells
 *       that meet the deficit, the one with the lowest <em>effective cost</em> — its count, minus
 *       the cheapest complement its crossing line would otherwise need if that line holds exactly
 *       one hidden cell (one complement protects two), plus that amount if the crossing line is
 *       closed and holds none (it creates a new obligation). A line with nothing left to hide has
 *       its total hidden instead. Repeated to a fixpoint with a work queue.
 *   <li><b>Audit and repair.</b> Each protected quantity's feasible interval is computed exactly
 *       ({@link FlowNetwork}); one narrower than p is repaired by the cheapest path that closes a
 *       new cycle through it (Dijkstra over wards, schools and the two total nodes: existing hidden
 *       cells cost 0, a published cell costs its count, a published total costs more than all cells
 *       together so totals are hidden only when no cell path exists), then the local phase runs
 *       again. Hiding more only widens intervals (residual capacities only grow), so quantities
 *       that passed stay passed and only failures are re-checked. Terminates: each repair hides at
 *       least one more cell or total, and with everything hidden every interval is unbounded.
 * </ol>
 */
final class Suppressor {
  static final byte PUB = 0;
  static final byte PRIM = 1;
  static final byte SEC = 2;

  /** Cells: a zero that is not published. Totals: a kind of total the policy does not publish. */
  static final byte NOTPUB = 3;

  private static final long LB = 1; // hidden cells are never zero
  private static final int SCAN_LIMIT = 24;
  private static final int PRUNE_COMPONENT = 200;

  private final PreparedTable t;
  private final DisclosurePolicy policy;
  private final int k;
  private final long p;
  private final int rows;
  private final int cols;
  private final int sNode;
  private final int tNode;

  final byte[] cs;
  final byte[] rs;
  final byte[] ks;
  byte gs;
  final boolean[] rowProt;

  /** Hidden because an earlier release hid them (never pruned). */
  private final boolean[] forcedCell;

  private final boolean[] forcedRow;
  private final boolean[] forcedCol;
  private boolean forcedGrand;
  final boolean[] colProt;
  boolean grandProt;

  private final int[] rowH;
  private final int[] colH;
  private final long[] rowM;
  private final long[] colM;
  private long allM;
  private final int[] rowPtr;
  private final int[] colPtr;

  /** Built when the audit starts (the local phase needs only the line counters). */
  private FlowNetwork net;

  private final int[] cellEdge;
  private final int[] rowEdge;
  private final int[] colEdge;
  private int grandEdge;

  /** For each network edge: 0 = cell, 1 = row total, 2 = column total, 3 = grand; and its id. */
  private int[] edgeKind;

  private int[] edgeId;

  // work queue of lines (rows 0..R-1, columns R..R+C-1)
  private final int[] lineQueue;
  private final boolean[] inQueue;
  private int qHead;
  private int qTail;
  private int qSize;

  // protected edges waiting to be checked
  private int[] pending = new int[256];
  private int pendingSize;
  private final long big;

  // statistics
  private long setupNanos;
  private long setupCpu;
  PublishTimings timings;

  /** The same phases in CPU time of the calling thread (parallel helpers not included). */
  PublishTimings cpuTimings;

  int checked;
  int reused;
  int repairs;
  int totalsHiddenByRepair;

  // last slack computed by passes()
  private long lastDown;
  private long lastUp;

  // Dijkstra scratch
  private final long[] dist;
  private final int[] seen;
  private final byte[] parentKind;
  private final int[] parentId;
  private int stamp;
  private long[] heapKey = new long[64];
  private int[] heapNode = new int[64];
  private int heapSize;

  Suppressor(PreparedTable t, DisclosurePolicy policy, Forced forced) {
    long start = System.nanoTime();
    long startCpu = Cpu.now();
    this.t = t;
    this.policy = policy;
    this.k = policy.k();
    this.p = policy.protectionLevel();
    this.rows = t.rows;
    this.cols = t.cols;
    this.sNode = rows + cols;
    this.tNode = rows + cols + 1;
    int n = t.cells;
    cs = new byte[n];
    rs = new byte[rows];
    ks = new byte[cols];
    rowProt = new boolean[rows];
    colProt = new boolean[cols];
    rowH = new int[rows];
    colH = new int[cols];
    rowM = new long[rows];
    colM = new long[cols];
    rowPtr = Arrays.copyOf(t.rowStart, rows);
    colPtr = Arrays.copyOf(t.colStart, cols);
    cellEdge = new int[n];
    Arrays.fill(cellEdge, -1);
    rowEdge = new int[rows];
    colEdge = new int[cols];
    lineQueue = new int[rows + cols];
    inQueue = new boolean[rows + cols];
    big = t.grandTotal + 1;
    dist = new long[rows + cols + 2];
    seen = new int[rows + cols + 2];
    parentKind = new byte[rows + cols + 2];
    parentId = new int[rows + cols + 2];

    // primary suppression of cells
    for (int i = 0; i < n; i++) {
      int v = t.val[i];
      if (v == 0) {
        cs[i] = policy.publishZeros() ? PUB : NOTPUB;
      } else if (v < k) {
        cs[i] = PRIM;
      } else {
        cs[i] = PUB;
      }
    }
    forcedCell = new boolean[n];
    for (int c : forced.cells) {
      if (cs[c] == PUB && t.val[c] > 0) {
        cs[c] = SEC;
        forcedCell[c] = true;
      }
    }
    // totals
    for (int r = 0; r < rows; r++) {
      long v = t.rowTotal[r];
      rowProt[r] = v >= 1 && v < k;
      rs[r] = totalState(v, rowProt[r], policy.publishWardTotals());
    }
    for (int c = 0; c < cols; c++) {
      long v = t.colTotal[c];
      colProt[c] = v >= 1 && v < k;
      ks[c] = totalState(v, colProt[c], policy.publishSchoolTotals());
    }
    grandProt = t.grandTotal >= 1 && t.grandTotal < k;
    gs = totalState(t.grandTotal, grandProt, policy.publishGrandTotal());
    forcedRow = new boolean[rows];
    forcedCol = new boolean[cols];
    for (int r : forced.rows) {
      if (rs[r] == PUB) {
        rs[r] = SEC;
        forcedRow[r] = true;
      }
    }
    for (int c : forced.cols) {
      if (ks[c] == PUB) {
        ks[c] = SEC;
        forcedCol[c] = true;
      }
    }
    if (forced.grand && gs == PUB) {
      gs = SEC;
      forcedGrand = true;
    }

    for (int i = 0; i < n; i++) {
      if (cs[i] == PRIM || cs[i] == SEC) {
        count(i);
      }
    }
    setupNanos = System.nanoTime() - start;
    setupCpu = Cpu.now() - startCpu;
  }

  private byte totalState(long v, boolean prot, boolean kindPublished) {
    if (!kindPublished) {
      return NOTPUB;
    }
    if (prot) {
      return PRIM;
    }
    if (v == 0 && !policy.publishZeros()) {
      return NOTPUB;
    }
    return PUB;
  }

  private int lineEdge(int u, int v, boolean free, long mass, int kind, int id) {
    int e =
        free ? net.addEdge(u, v, 0, FlowNetwork.INF, mass) : net.addEdge(u, v, mass, mass, mass);
    recordEdge(e, kind, id);
    return e;
  }

  private void recordEdge(int e, int kind, int id) {
    if (e >= edgeKind.length) {
      edgeKind = Arrays.copyOf(edgeKind, Math.max(e + 1, edgeKind.length * 2));
      edgeId = Arrays.copyOf(edgeId, edgeKind.length);
    }
    edgeKind[e] = kind;
    edgeId[e] = id;
  }

  /** Counts a hidden cell into its lines. */
  private void count(int i) {
    int r = t.cellRow[i];
    int c = t.col[i];
    long v = t.val[i];
    rowH[r]++;
    colH[c]++;
    rowM[r] += v;
    colM[c] += v;
    allM += v;
  }

  /** Puts a newly hidden cell into the line counters and, once the audit has begun, the network. */
  private void attachCell(int i) {
    count(i);
    if (net != null) {
      addCellEdge(i, true);
      addPending(cellEdge[i]);
    }
  }

  private void addCellEdge(int i, boolean updateLines) {
    int r = t.cellRow[i];
    int c = t.col[i];
    long v = t.val[i];
    int e = net.addEdge(r, rows + c, LB, FlowNetwork.INF, v);
    recordEdge(e, 0, i);
    cellEdge[i] = e;
    if (updateLines) {
      net.addFlow(rowEdge[r], v, rs[r] == PUB);
      net.addFlow(colEdge[c], v, ks[c] == PUB);
      net.addFlow(grandEdge, v, gs == PUB);
    }
  }

  /**
   * Builds the audit network from the current pattern: one edge per line (fixed at its hidden mass
   * when its total is published, free otherwise), one per hidden cell; and queues every protected
   * figure for checking.
   */
  private void buildNetwork() {
    int hidden = 0;
    for (int i = 0; i < t.cells; i++) {
      if (hidden(i)) {
        hidden++;
      }
    }
    int expected = rows + cols + 1 + hidden + hidden / 4 + 16;
    net = new FlowNetwork(rows + cols + 2, expected);
    edgeKind = new int[expected];
    edgeId = new int[expected];
    for (int r = 0; r < rows; r++) {
      rowEdge[r] = lineEdge(sNode, r, rs[r] != PUB, rowM[r], 1, r);
    }
    for (int c = 0; c < cols; c++) {
      colEdge[c] = lineEdge(rows + c, tNode, ks[c] != PUB, colM[c], 2, c);
    }
    grandEdge = lineEdge(tNode, sNode, gs != PUB, allM, 3, 0);
    for (int i = 0; i < t.cells; i++) {
      if (hidden(i)) {
        addCellEdge(i, false);
        addPending(cellEdge[i]);
      }
    }
    for (int r = 0; r < rows; r++) {
      if (rowProt[r]) {
        addPending(rowEdge[r]);
      }
    }
    for (int c = 0; c < cols; c++) {
      if (colProt[c]) {
        addPending(colEdge[c]);
      }
    }
    if (grandProt) {
      addPending(grandEdge);
    }
  }

  private void hideCell(int i) {
    cs[i] = SEC;
    attachCell(i);
    enqueue(t.cellRow[i]);
    enqueue(rows + t.col[i]);
  }

  private void freeRow(int r) {
    rs[r] = SEC;
    if (net != null) {
      net.setBounds(rowEdge[r], 0, FlowNetwork.INF);
    }
  }

  private void freeCol(int c) {
    ks[c] = SEC;
    if (net != null) {
      net.setBounds(colEdge[c], 0, FlowNetwork.INF);
    }
  }

  private void freeGrand() {
    gs = SEC;
    if (net != null) {
      net.setBounds(grandEdge, 0, FlowNetwork.INF);
    }
  }

  private void addPending(int e) {
    if (pendingSize == pending.length) {
      pending = Arrays.copyOf(pending, pendingSize * 2);
    }
    pending[pendingSize++] = e;
  }

  private void enqueue(int line) {
    if (!inQueue[line]) {
      inQueue[line] = true;
      lineQueue[qTail] = line;
      qTail = (qTail + 1) % lineQueue.length;
      qSize++;
    }
  }

  private int dequeue() {
    int line = lineQueue[qHead];
    qHead = (qHead + 1) % lineQueue.length;
    qSize--;
    inQueue[line] = false;
    return line;
  }

  private boolean hidden(int i) {
    return cs[i] == PRIM || cs[i] == SEC;
  }

  private boolean eligible(int i) {
    return cs[i] == PUB && t.val[i] > 0;
  }

  /** Runs the whole method and returns the pattern. */
  Pattern run() {
    long t0 = System.nanoTime();
    long c0 = Cpu.now();
    for (int r = 0; r < rows; r++) {
      if (rowH[r] > 0) {
        enqueue(r);
      }
    }
    for (int c = 0; c < cols; c++) {
      if (colH[c] > 0) {
        enqueue(rows + c);
      }
    }
    localPhase();
    long t1 = System.nanoTime();
    long c1 = Cpu.now();
    buildNetwork();
    skipCachedComponents();
    long rounds = 0;
    long maxRounds = 4L * (t.cells + rows + cols) + 16;
    boolean first = true;
    while (pendingSize > 0) {
      if (++rounds > maxRounds) {
        throw new IllegalStateException(
            "secondary suppression did not settle after " + maxRounds + " rounds");
      }
      int[] work = Arrays.copyOf(pending, pendingSize);
      pendingSize = 0;
      boolean[] certified = rectangleRound(work, first);
      first = false;
      for (int w = 0; w < work.length; w++) {
        int e = work[w];
        checked++;
        if (certified[w]) {
          continue;
        }
        if (!passes(e)) {
          // a new cycle through e lets it move up by the path's room and down by up to its own
          // room (flow − 1), so the path needs room for what that leaves
          long room = net.flow(e) - net.lower(e);
          long need = Math.max(1, p - lastUp - Math.max(lastDown, room));
          repair(e, need);
          repairs++;
          addPending(e);
        }
      }
      localPhase();
    }
    rememberComponents(); // the state the audit passed, before pruning
    long t2 = System.nanoTime();
    long c2 = Cpu.now();
    prune();
    rememberComponents(); // and after pruning, which re-audited every component it touched
    long t3 = System.nanoTime();
    long c3 = Cpu.now();
    timings = new PublishTimings(setupNanos, t1 - t0, t2 - t1, t3 - t2, 0);
    cpuTimings = new PublishTimings(setupCpu, c1 - c0, c2 - c1, c3 - c2, 0);
    return new Pattern(this, t, policy);
  }

  // ---------------------------------------------------------------- local phase

  private boolean closed(int line) {
    return line < rows ? rs[line] == PUB : ks[line - rows] == PUB;
  }

  private void localPhase() {
    while (qSize > 0) {
      int line = dequeue();
      if (!closed(line)) {
        continue;
      }
      int h = line < rows ? rowH[line] : colH[line - rows];
      long m = line < rows ? rowM[line] : colM[line - rows];
      if (h == 0) {
        continue;
      }
      long slackNow = m - h * LB;
      if (h >= 2 && slackNow >= p) {
        continue;
      }
      long deficit = p - slackNow; // each added cell v adds v − LB
      int pick = pickComplement(line, deficit);
      if (pick < 0) {
        if (line < rows) {
          freeRow(line);
        } else {
          freeCol(line - rows);
        }
      } else {
        hideCell(pick);
        enqueue(line);
      }
    }
  }

  /** Smallest eligible cell of a line at or after its pointer, excluding one cell; or −1. */
  private int minEligible(int line, int exclude) {
    int[] order = line < rows ? t.rowByValue : t.colByValue;
    int[] ptr = line < rows ? rowPtr : colPtr;
    int idx = line < rows ? line : line - rows;
    int end = line < rows ? t.rowStart[idx + 1] : t.colStart[idx + 1];
    int j = ptr[idx];
    while (j < end && !eligible(order[j])) {
      j++;
    }
    ptr[idx] = j; // eligibility only ever decreases, so the pointer only moves forward
    while (j < end && (!eligible(order[j]) || order[j] == exclude)) {
      j++;
    }
    return j < end ? order[j] : -1;
  }

  private int pickComplement(int line, long deficit) {
    boolean isRow = line < rows;
    int idx = isRow ? line : line - rows;
    int[] order = isRow ? t.rowByValue : t.colByValue;
    int start = isRow ? t.rowStart[idx] : t.colStart[idx];
    int end = isRow ? t.rowStart[idx + 1] : t.colStart[idx + 1];
    int best = -1;
    long bestCost = Long.MAX_VALUE;
    int scanned = 0;
    for (int j = start; j < end && scanned < SCAN_LIMIT; j++) {
      int i = order[j];
      if (!eligible(i) || t.val[i] - LB < deficit) {
        continue;
      }
      scanned++;
      long cost = t.val[i] + crossingAdjustment(isRow, i) + deadEndPenalty(isRow, i);
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
      }
    }
    if (best >= 0) {
      return best;
    }
    for (int j = end - 1; j >= start; j--) {
      if (eligible(order[j])) {
        return order[j]; // the largest: it does not cover the deficit alone, more will follow
      }
    }
    return -1;
  }

  private long crossingAdjustment(boolean lineIsRow, int cell) {
    int cross = lineIsRow ? rows + t.col[cell] : t.cellRow[cell];
    if (!closed(cross)) {
      return 0;
    }
    int h = lineIsRow ? colH[t.col[cell]] : rowH[t.cellRow[cell]];
    if (h >= 2) {
      return 0;
    }
    int other = minEligible(cross, cell);
    long otherCost = other < 0 ? big : t.val[other] + deadEndPenalty(!lineIsRow, other);
    return h == 1 ? -otherCost : otherCost;
  }

  /**
   * Second step of look-ahead: hiding {@code cell} to serve a line would leave its own crossing
   * line (closed, nothing hidden yet) with no partner to hide, forcing that line's total to be
   * hidden. Such a candidate costs as much as a total.
   */
  private long deadEndPenalty(boolean lineIsRow, int cell) {
    int cross = lineIsRow ? rows + t.col[cell] : t.cellRow[cell];
    if (!closed(cross)) {
      return 0;
    }
    int h = lineIsRow ? colH[t.col[cell]] : rowH[t.cellRow[cell]];
    return h == 0 && minEligible(cross, cell) < 0 ? big : 0;
  }

  // ---------------------------------------------------------------- audit

  private boolean isPrimaryEdge(int e) {
    return switch (edgeKind[e]) {
      case 0 -> cs[edgeId[e]] == PRIM;
      case 1 -> rowProt[edgeId[e]];
      case 2 -> colProt[edgeId[e]];
      default -> grandProt;
    };
  }

  /**
   * Compact snapshot of the hidden cells by row and by column (column/row and room = count − 1),
   * for the rectangle test. Cells hidden later are missing from it, which only makes the test more
   * conservative (it never looks at published cells).
   */
  private final class HiddenIndex {
    final int[] rowStart = new int[rows + 1];
    final int[] rowCol;
    final int[] rowRoom;
    final int[] colStart = new int[cols + 1];
    final int[] colRow;
    final int[] colRoom;

    HiddenIndex() {
      int h = 0;
      for (int i = 0; i < t.cells; i++) {
        if (hidden(i)) {
          h++;
          colStart[t.col[i] + 1]++;
        }
      }
      rowCol = new int[h];
      rowRoom = new int[h];
      colRow = new int[h];
      colRoom = new int[h];
      int at = 0;
      for (int r = 0; r < rows; r++) {
        rowStart[r] = at;
        for (int i = t.rowStart[r]; i < t.rowStart[r + 1]; i++) {
          if (hidden(i)) {
            rowCol[at] = t.col[i];
            rowRoom[at] = (int) (t.val[i] - LB);
            at++;
          }
        }
      }
      rowStart[rows] = at;
      for (int c = 0; c < cols; c++) {
        colStart[c + 1] += colStart[c];
      }
      int[] fill = Arrays.copyOf(colStart, cols);
      for (int r = 0; r < rows; r++) {
        for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
          int c = rowCol[j];
          colRow[fill[c]] = r;
          colRoom[fill[c]] = rowRoom[j];
          fill[c]++;
        }
      }
    }
  }

  /** Per-thread scratch for the rectangle test. */
  private static final class RectScratch {
    final int[] mark; // row stamp: column holds a hidden cell of the marked row
    final int[] room;
    final int[] used; // cell stamp: column already used by a rectangle of this cell
    int rowStamp;
    int cellStamp;
    int markedRow = -1;

    // overlap lists of the marked row (see rowOverlaps): for each other row r' sharing hidden
    // columns with it, those columns in order with the room of (r', c')
    final int[] ovStamp;
    final int[] ovCount;
    final int[] ovCol;
    final int[] ovRoom;
    int ovRow = -1;
    int ovGen;

    RectScratch(int rows, int cols) {
      mark = new int[cols];
      room = new int[cols];
      used = new int[cols];
      ovStamp = new int[rows];
      ovCount = new int[rows];
      ovCol = new int[rows * OVERLAP_KEEP];
      ovRoom = new int[rows * OVERLAP_KEEP];
    }
  }

  /**
   * A cheap sufficient test for a hidden cell: edge-disjoint rectangles (4-cycles of hidden cells
   * through it — other wards r' in its school column, other schools c' in its ward row, with (r',
   * c') hidden too). Each rectangle lets the cell rise by the smaller room of its two crossing
   * cells and fall by the room of the opposite corner; rectangles using distinct r' and distinct c'
   * are disjoint apart from the cell, so their capacities add. This is a lower bound on the exact
   * max-flow answer, so passing here is passing exactly. Reads shared state only, so it runs in
   * parallel; cells of one row in a row share the marking of that row (see {@link #quickPassRange}:
   * the scan below, or the same test from the row's overlap lists).
   */
  private boolean quickPassByScan(int cell, HiddenIndex hx, RectScratch sc) {
    return rectangleScan(cell, hx, sc);
  }

  /** Marks the hidden columns of row r (and their rooms) in the scratch. */
  private static void markRow(int r, HiddenIndex hx, RectScratch sc) {
    if (sc.markedRow != r) {
      if (++sc.rowStamp == Integer.MAX_VALUE) {
        Arrays.fill(sc.mark, 0);
        sc.rowStamp = 1;
      }
      for (int j = hx.rowStart[r]; j < hx.rowStart[r + 1]; j++) {
        sc.mark[hx.rowCol[j]] = sc.rowStamp;
        sc.room[hx.rowCol[j]] = hx.rowRoom[j];
      }
      sc.markedRow = r;
    }
  }

  /** The rectangle test scanning each other row r' until it meets a marked column. */
  private boolean rectangleScan(int cell, HiddenIndex hx, RectScratch sc) {
    int r = t.cellRow[cell];
    int c = t.col[cell];
    long room = t.val[cell] - LB;
    if (++sc.cellStamp == Integer.MAX_VALUE) {
      Arrays.fill(sc.used, 0);
      sc.cellStamp = 1;
    }
    int ms = sc.rowStamp;
    int us = sc.cellStamp;
    int[] mark = sc.mark;
    int[] used = sc.used;
    long up = 0;
    long down = 0;
    for (int j = hx.colStart[c]; j < hx.colStart[c + 1]; j++) {
      int r2 = hx.colRow[j];
      long a = hx.colRoom[j]; // room of (r', c)
      if (r2 == r || (a == 0 && down >= room)) {
        continue; // adds nothing either way
      }
      for (int q = hx.rowStart[r2]; q < hx.rowStart[r2 + 1]; q++) {
        int c2 = hx.rowCol[q];
        if (c2 == c || mark[c2] != ms || used[c2] == us) {
          continue;
        }
        used[c2] = us; // use each c' once
        up += Math.min(a, sc.room[c2]); // (r', c) and (r, c') go down, e goes up
        down += hx.rowRoom[q]; // (r', c') goes down, e goes down
        break; // use each r' once
      }
      if (up + Math.min(room, down) >= p) {
        return true;
      }
    }
    return false;
  }

  /** Entries kept per overlap list: later shared columns are rarely reached by the test. */
  private static final int OVERLAP_KEEP = 16;

  /**
   * Builds, for row r, the overlap lists with every other row r' that shares a hidden column with
   * it: the first {@value #OVERLAP_KEEP} shared columns c' in increasing order (the order in which
   * {@link #rectangleScan} meets them when it scans row r'), with the room of (r', c'). Done once
   * per row in one pass; the cells of the row then find each rectangle without scanning r'.
   * Dropping later shared columns can only make the test fail where the scan would pass, and a
   * failing cell goes to the exact check, so the audit is unchanged. Costs the sum of the column
   * counts of the row's hidden cells; skipped above {@code budget}.
   */
  private static boolean rowOverlaps(int r, HiddenIndex hx, RectScratch sc, long budget) {
    long cost = 0;
    for (int j = hx.rowStart[r]; j < hx.rowStart[r + 1]; j++) {
      int c = hx.rowCol[j];
      cost += hx.colStart[c + 1] - hx.colStart[c];
    }
    if (cost > budget) {
      sc.ovRow = -1;
      return false;
    }
    if (++sc.ovGen == Integer.MAX_VALUE) {
      Arrays.fill(sc.ovStamp, 0);
      sc.ovGen = 1;
    }
    int gen = sc.ovGen;
    int[] stamp = sc.ovStamp;
    int[] count = sc.ovCount;
    int[] ovCol = sc.ovCol;
    int[] ovRoom = sc.ovRoom;
    for (int j = hx.rowStart[r]; j < hx.rowStart[r + 1]; j++) {
      int c = hx.rowCol[j];
      for (int q = hx.colStart[c]; q < hx.colStart[c + 1]; q++) {
        int r2 = hx.colRow[q];
        if (stamp[r2] != gen) {
          stamp[r2] = gen;
          count[r2] = 0;
        }
        int n = count[r2];
        if (n < OVERLAP_KEEP) {
          int at = r2 * OVERLAP_KEEP + n;
          ovCol[at] = c;
          ovRoom[at] = hx.colRoom[q];
          count[r2] = n + 1;
        }
      }
    }
    sc.ovRow = r;
    return true;
  }

  /** The rectangle test from the overlap lists of the cell's row (see {@link #rowOverlaps}). */
  private boolean quickPassByOverlaps(int cell, HiddenIndex hx, RectScratch sc) {
    int r = t.cellRow[cell];
    int c = t.col[cell];
    long room = t.val[cell] - LB;
    if (++sc.cellStamp == Integer.MAX_VALUE) {
      Arrays.fill(sc.used, 0);
      sc.cellStamp = 1;
    }
    int us = sc.cellStamp;
    int gen = sc.ovGen;
    int[] used = sc.used;
    int[] stamp = sc.ovStamp;
    int[] count = sc.ovCount;
    int[] ovCol = sc.ovCol;
    int[] ovRoom = sc.ovRoom;
    long up = 0;
    long down = 0;
    for (int j = hx.colStart[c]; j < hx.colStart[c + 1]; j++) {
      int r2 = hx.colRow[j];
      long a = hx.colRoom[j]; // room of (r', c)
      if (r2 == r || (a == 0 && down >= room) || stamp[r2] != gen) {
        continue;
      }
      int from = r2 * OVERLAP_KEEP;
      int to = from + count[r2];
      for (int q = from; q < to; q++) {
        int c2 = ovCol[q];
        if (c2 == c || used[c2] == us) {
          continue;
        }
        used[c2] = us;
        up += Math.min(a, sc.room[c2]);
        down += ovRoom[q];
        break;
      }
      if (up + Math.min(room, down) >= p) {
        return true;
      }
    }
    return false;
  }

  /** Largest overlap work per row for the overlap lists (beyond it the scan is used). */
  private static final long OVERLAP_BUDGET = 1L << 18;

  /**
   * Runs the rectangle test over work[from..to): runs of cells of one row share the row's overlap
   * lists when the run is long enough to pay for them.
   */
  private void quickPassRange(
      int[] work, int from, int to, boolean[] ok, HiddenIndex hx, RectScratch sc) {
    sc.markedRow = -1; // the hidden index is new each round
    int w = from;
    while (w < to) {
      int e = work[w];
      if (edgeKind[e] != 0) {
        ok[w++] = false;
        continue;
      }
      int r = t.cellRow[edgeId[e]];
      int run = w + 1;
      while (run < to && edgeKind[work[run]] == 0 && t.cellRow[edgeId[work[run]]] == r) {
        run++;
      }
      markRow(r, hx, sc);
      boolean overlaps = run - w >= 2 && rowOverlaps(r, hx, sc, OVERLAP_BUDGET);
      for (; w < run; w++) {
        int cell = edgeId[work[w]];
        ok[w] = overlaps ? quickPassByOverlaps(cell, hx, sc) : quickPassByScan(cell, hx, sc);
      }
      sc.ovRow = -1;
    }
  }

  private static final int PARALLEL_MIN = 20_000;

  /** Scratch of the rectangle test on this thread, kept across rounds. */
  private RectScratch serialScratch;

  /**
   * Runs the rectangle test over a batch of protected edges: in parallel chunks for a large batch
   * (the first round of a big table), otherwise on this thread.
   */
  private boolean[] rectangleRound(int[] work, boolean first) {
    boolean[] ok = new boolean[work.length];
    if (p <= 0) {
      Arrays.fill(ok, true);
      return ok;
    }
    HiddenIndex hx = new HiddenIndex();
    int threads = Runtime.getRuntime().availableProcessors();
    if (!first || work.length < PARALLEL_MIN || threads < 2) {
      if (serialScratch == null) {
        serialScratch = new RectScratch(rows, cols);
      }
      quickPassRange(work, 0, work.length, ok, hx, serialScratch);
      return ok;
    }
    // contiguous blocks keep a row's cells together (the work list is in row order)
    int chunks = threads * 4;
    int block = (work.length + chunks - 1) / chunks;
    java.util.stream.IntStream.range(0, chunks)
        .parallel()
        .forEach(
            ch -> {
              int end = Math.min(work.length, (ch + 1) * block);
              int from = Math.min(end, ch * block);
              quickPassRange(work, from, end, ok, hx, new RectScratch(rows, cols));
            });
    return ok;
  }

  /** Exact check of one protected edge against the protection level. */
  private boolean passes(int e) {
    long f = net.flow(e);
    long down = net.slack(e, p, 0)[0];
    long up = net.slack(e, 0, p - down)[1];
    lastDown = down;
    lastUp = up;
    if (down + up < p) {
      return false;
    }
    if (isPrimaryEdge(e) && f + up < k) {
      // cannot happen while lower >= 1 and width >= p = k, but checked as the rule states it
      lastUp = net.slack(e, 0, k - f)[1];
      return f + lastUp >= k;
    }
    return true;
  }

  // ---------------------------------------------------------------- repair

  private static final byte P_CELL_FWD = 1;
  private static final byte P_CELL_BWD = 2;
  private static final byte P_ROW = 3; // s -> r or r -> s along the row-total edge
  private static final byte P_COL = 4;
  private static final byte P_GRAND = 5;

  /**
   * Hides the cheapest set of cells (or, failing that, totals) that opens a new path of capacity at
   * least {@code need} returning from the head to the tail of edge e. Only cells limit a path's
   * capacity: going backwards along a free total's edge must be followed by decreasing a cell on
   * that line, whose own room is smaller than the line's hidden mass.
   */
  private void repair(int e, long need) {
    int source = net.to(e);
    int target = net.from(e);
    // search the residual network left after the current maximum flow in the "up" direction, so
    // every path found needs at least one newly hidden cell or total
    long used = net.maxFlowKeep(source, target, e, FlowNetwork.INF / 4);
    boolean found;
    try {
      found = dijkstra(source, target, e, need);
      if (need > 1 && (!found || dist[target] >= big)) {
        // a path through cells with less room than "need" may still do: the new cycle also lets e
        // move down, and further repairs can follow; prefer it to hiding a total
        if (found) {
          long costWithTotals = dist[target];
          found = dijkstra(source, target, e, 1);
          if (!found || dist[target] >= costWithTotals) {
            found = dijkstra(source, target, e, need);
          }
        } else {
          found = dijkstra(source, target, e, 1);
        }
      }
    } finally {
      net.undoAugmentations();
    }
    if (used >= FlowNetwork.INF / 4) {
      return; // already unbounded upwards: nothing to repair
    }
    int added = 0;
    if (found) {
      for (int v = target; v != source; ) {
        byte kind = parentKind[v];
        int id = parentId[v];
        int prev;
        switch (kind) {
          case P_CELL_FWD -> {
            prev = t.cellRow[id];
            if (eligible(id)) {
              hideCell(id);
              added++;
            }
          }
          case P_CELL_BWD -> {
            prev = rows + t.col[id];
            if (eligible(id)) {
              hideCell(id);
              added++;
            }
          }
          case P_ROW -> {
            prev = v == sNode ? id : sNode;
            if (rs[id] == PUB) {
              freeRow(id);
              totalsHiddenByRepair++;
              added++;
            }
          }
          case P_COL -> {
            prev = v == tNode ? rows + id : tNode;
            if (ks[id] == PUB) {
              freeCol(id);
              totalsHiddenByRepair++;
              added++;
            }
          }
          default -> {
            prev = v == sNode ? tNode : sNode;
            if (gs == PUB) {
              freeGrand();
              totalsHiddenByRepair++;
              added++;
            }
          }
        }
        v = prev;
      }
    }
    if (added == 0) {
      hideCheapestTotal();
    }
  }

  /** Progress guarantee: hides the smallest still-published total. */
  private void hideCheapestTotal() {
    long best = Long.MAX_VALUE;
    int kind = -1;
    int id = -1;
    for (int r = 0; r < rows; r++) {
      if (rs[r] == PUB && t.rowTotal[r] < best) {
        best = t.rowTotal[r];
        kind = 1;
        id = r;
      }
    }
    for (int c = 0; c < cols; c++) {
      if (ks[c] == PUB && t.colTotal[c] < best) {
        best = t.colTotal[c];
        kind = 2;
        id = c;
      }
    }
    if (gs == PUB && t.grandTotal < best) {
      kind = 3;
    }
    switch (kind) {
      case 1 -> freeRow(id);
      case 2 -> freeCol(id);
      case 3 -> freeGrand();
      default -> {
        // everything is hidden: every interval is unbounded, nothing can fail
      }
    }
    totalsHiddenByRepair++;
  }

  private boolean dijkstra(int source, int target, int excluded, long need) {
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    heapSize = 0;
    relax(source, 0, (byte) 0, -1);
    int excludedCell = edgeKind[excluded] == 0 ? edgeId[excluded] : -1;
    int excludedRow = edgeKind[excluded] == 1 ? edgeId[excluded] : -1;
    int excludedCol = edgeKind[excluded] == 2 ? edgeId[excluded] : -1;
    boolean excludedGrand = edgeKind[excluded] == 3;
    while (heapSize > 0) {
      long d = heapKey[0];
      int u = heapNode[0];
      pop();
      if (d > dist[u]) {
        continue;
      }
      if (u == target) {
        return true;
      }
      if (u < rows) {
        int r = u;
        for (int i = t.rowStart[r]; i < t.rowStart[r + 1]; i++) {
          if (i == excludedCell) {
            continue;
          }
          if (hidden(i)) {
            relax(rows + t.col[i], d, P_CELL_FWD, i);
          } else if (eligible(i)) {
            relax(rows + t.col[i], d + t.val[i], P_CELL_FWD, i);
          }
        }
        if (r != excludedRow) {
          relax(sNode, d + (rs[r] == PUB ? big + t.rowTotal[r] : 0), P_ROW, r);
        }
      } else if (u < rows + cols) {
        int c = u - rows;
        for (int j = t.colStart[c]; j < t.colStart[c + 1]; j++) {
          int i = t.colCells[j];
          if (i == excludedCell) {
            continue;
          }
          if (hidden(i)) {
            int ce = cellEdge[i];
            if (net.flow(ce) - net.lower(ce) >= need) {
              relax(t.cellRow[i], d, P_CELL_BWD, i);
            }
          } else if (eligible(i) && t.val[i] - LB >= need) {
            relax(t.cellRow[i], d + t.val[i], P_CELL_BWD, i);
          }
        }
        if (c != excludedCol) {
          relax(tNode, d + (ks[c] == PUB ? big + t.colTotal[c] : 0), P_COL, c);
        }
      } else if (u == sNode) {
        for (int r = 0; r < rows; r++) {
          if (r != excludedRow) {
            relax(r, d + (rs[r] == PUB ? big + t.rowTotal[r] : 0), P_ROW, r);
          }
        }
        if (!excludedGrand) {
          relax(tNode, d + (gs == PUB ? big + t.grandTotal : 0), P_GRAND, 0);
        }
      } else {
        for (int c = 0; c < cols; c++) {
          if (c != excludedCol) {
            relax(rows + c, d + (ks[c] == PUB ? big + t.colTotal[c] : 0), P_COL, c);
          }
        }
        if (!excludedGrand) {
          relax(sNode, d + (gs == PUB ? big + t.grandTotal : 0), P_GRAND, 0);
        }
      }
    }
    return false;
  }

  private void relax(int v, long d, byte kind, int id) {
    if (seen[v] == stamp && dist[v] <= d) {
      return;
    }
    seen[v] = stamp;
    dist[v] = d;
    parentKind[v] = kind;
    parentId[v] = id;
    push(d, v);
  }

  private void push(long key, int node) {
    if (heapSize == heapKey.length) {
      heapKey = Arrays.copyOf(heapKey, heapSize * 2);
      heapNode = Arrays.copyOf(heapNode, heapSize * 2);
    }
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heapKey[parent] <= key) {
        break;
      }
      heapKey[i] = heapKey[parent];
      heapNode[i] = heapNode[parent];
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  }

  private void pop() {
    heapSize--;
    if (heapSize == 0) {
      return;
    }
    long key = heapKey[heapSize];
    int node = heapNode[heapSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
        child++;
      }
      if (heapKey[child] >= key) {
        break;
      }
      heapKey[i] = heapKey[child];
      heapNode[i] = heapNode[child];
      i = child;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  }

  // ---------------------------------------------------------------- pruning

  /**
   * Publishes again any secondary total, then any secondary cell (largest first), whose suppression
   * turns out to be unnecessary: the item is fixed, every protected quantity of its component is
   * re-checked, and the item is hidden again if any fails. Hiding less is not monotone, hence the
   * whole component. Only components of at most {@value #PRUNE_COMPONENT} protected quantities are
   * pruned, within a total of 4,000 checks, so pruning stays cheap on large tables.
   */
  private void prune() {
    boolean anySecondary = gs == SEC;
    for (int r = 0; r < rows && !anySecondary; r++) {
      anySecondary = rs[r] == SEC;
    }
    for (int c = 0; c < cols && !anySecondary; c++) {
      anySecondary = ks[c] == SEC;
    }
    for (int i = 0; i < t.cells && !anySecondary; i++) {
      anySecondary = cs[i] == SEC;
    }
    if (!anySecondary) {
      return;
    }
    int[] comp = componentsOfNodes();
    int nodes = rows + cols + 2;
    // protected edges grouped by component
    int[] prot = new int[net.edgeCount()];
    int np = 0;
    for (int e = 0; e < net.edgeCount(); e++) {
      if (edgeKind[e] == 0 ? hidden(edgeId[e]) : isPrimaryEdge(e)) {
        prot[np++] = e;
      }
    }
    if (np == 0) {
      return;
    }
    int[] start = new int[nodes + 1];
    for (int i = 0; i < np; i++) {
      start[comp[net.from(prot[i])] + 1]++;
    }
    for (int c = 0; c < nodes; c++) {
      start[c + 1] += start[c];
    }
    int[] byComp = new int[np];
    int[] fill = Arrays.copyOf(start, nodes);
    for (int i = 0; i < np; i++) {
      byComp[fill[comp[net.from(prot[i])]]++] = prot[i];
    }
    long budget = 4000;
    // candidates: secondary totals (grand first, then larger totals first), then secondary cells
    // by decreasing count
    long[] cand = new long[64];
    int nc = 0;
    if (gs == SEC && !forcedGrand) {
      cand[nc++] = encode(0, 0, grandEdge);
    }
    for (int r = 0; r < rows; r++) {
      if (rs[r] == SEC && !forcedRow[r]) {
        cand = grow(cand, nc);
        cand[nc++] = encode(1, t.rowTotal[r], rowEdge[r]);
      }
    }
    for (int c = 0; c < cols; c++) {
      if (ks[c] == SEC && !forcedCol[c]) {
        cand = grow(cand, nc);
        cand[nc++] = encode(1, t.colTotal[c], colEdge[c]);
      }
    }
    for (int i = 0; i < t.cells; i++) {
      if (cs[i] == SEC && !forcedCell[i]) {
        cand = grow(cand, nc);
        cand[nc++] = encode(2, t.val[i], cellEdge[i]);
      }
    }
    // small key first: the grand total, then totals by decreasing value, then cells by
    // decreasing count
    long[] sorted = Arrays.copyOf(cand, nc);
    Arrays.sort(sorted);
    boolean[] done = new boolean[nc];
    // repeat until nothing more can go: publishing a needless cell can free a total tried before
    boolean changed = true;
    while (changed && budget > 0) {
      changed = false;
      for (int k = 0; k < nc; k++) {
        if (done[k]) {
          continue;
        }
        int e = (int) (sorted[k] & 0xFFFFFFFL);
        int c = comp[net.from(e)];
        int size = start[c + 1] - start[c];
        if (size > PRUNE_COMPONENT || size > budget) {
          continue;
        }
        long oldLo = net.lower(e);
        long oldHi = net.upper(e);
        net.setBounds(e, net.flow(e), net.flow(e));
        boolean ok = true;
        for (int j = start[c]; j < start[c + 1] && ok; j++) {
          int q = byComp[j];
          if (q == e || !stillProtected(q)) {
            continue;
          }
          budget--;
          ok = passes(q);
        }
        if (ok) {
          unhide(e);
          done[k] = true;
          changed = true;
        } else {
          net.setBounds(e, oldLo, oldHi);
        }
      }
    }
  }

  private static long[] grow(long[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }

  private static long encode(int cls, long value, int edge) {
    long inv = 0xFFFFFFFFL - Math.min(value, 0xFFFFFFFFL);
    return ((long) cls << 60) | (inv << 28) | edge;
  }

  private boolean stillProtected(int e) {
    return edgeKind[e] == 0 ? hidden(edgeId[e]) : isPrimaryEdge(e);
  }

  private void unhide(int e) {
    int id = edgeId[e];
    switch (edgeKind[e]) {
      case 0 -> {
        cs[id] = PUB;
        int r = t.cellRow[id];
        int c = t.col[id];
        rowH[r]--;
        colH[c]--;
        rowM[r] -= t.val[id];
        colM[c] -= t.val[id];
        allM -= t.val[id];
      }
      case 1 -> rs[id] = PUB;
      case 2 -> ks[id] = PUB;
      default -> gs = PUB;
    }
  }

  // ---------------------------------------------------------------- component cache

  private int[] componentsOfNodes() {
    int n = rows + cols + 2;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int e = 0; e < net.edgeCount(); e++) {
      if (edgeKind[e] == 0 || net.upper(e) > net.lower(e)) {
        union(parent, net.from(e), net.to(e));
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = find(parent, i);
    }
    return parent;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[ra] = rb;
    }
  }

  /**
   * Two order-independent 64-bit hashes per component over every edge that shapes its residual
   * network (hidden cells, free totals) and over its protected totals, salted with the protection
   * level.
   */
  private long[][] signatures(int[] comp) {
    int n = rows + cols + 2;
    long[] ha = new long[n];
    long[] hb = new long[n];
    for (int e = 0; e < net.edgeCount(); e++) {
      boolean free = net.upper(e) > net.lower(e);
      int kind = edgeKind[e];
      if (kind != 0 && !free) {
        continue;
      }
      long prot = isPrimaryEdge(e) ? 1 : 0;
      long x = ((long) kind << 60) ^ ((long) edgeId[e] << 2) ^ (prot << 1) ^ (free ? 1 : 0);
      x ^= p << 40;
      int c = comp[net.from(e)];
      ha[c] += AuditCache.mix(x ^ 0x9E3779B97F4A7C15L);
      hb[c] += AuditCache.mix(x ^ 0xC2B2AE3D27D4EB4FL) * 31 + 7;
    }
    return new long[][] {ha, hb};
  }

  private void skipCachedComponents() {
    if (pendingSize == 0 || t.auditCache.size() == 0) {
      return;
    }
    int[] comp = componentsOfNodes();
    long[][] sig = signatures(comp);
    int kept = 0;
    for (int i = 0; i < pendingSize; i++) {
      int e = pending[i];
      int c = comp[net.from(e)];
      if (t.auditCache.contains(sig[0][c], sig[1][c])) {
        reused++;
      } else {
        pending[kept++] = e;
      }
    }
    pendingSize = kept;
  }

  private void rememberComponents() {
    int[] comp = componentsOfNodes();
    long[][] sig = signatures(comp);
    boolean[] has = new boolean[rows + cols + 2];
    for (int e = 0; e < net.edgeCount(); e++) {
      if (edgeKind[e] == 0 || net.upper(e) > net.lower(e)) {
        has[comp[net.from(e)]] = true;
      }
    }
    for (int c = 0; c < has.length; c++) {
      if (has[c]) {
        t.auditCache.add(sig[0][c], sig[1][c]);
      }
    }
  }
}
