package org.wardflow.disclosure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * A raw ward × school table made ready for repeated publication under changing policies — what the
 * live disclosure controls use. It holds the raw counts privately (compressed rows, compressed
 * columns, and every row and column pre-sorted by count) and never hands them out: the only way out
 * is {@link #publish(DisclosurePolicy)}, which returns a {@link PublishedTable}.
 *
 * <p>Two caches make republishing fast: the last few suppression patterns (keyed by threshold, zero
 * and totals settings — the pattern does not depend on rounding), and the audit results of each
 * connected component of hidden cells (a component whose hidden cells, free totals and protection
 * level are unchanged is not solved again). Thread-safe: publishing is synchronized.
 */
public final class PreparedTable {
  private static final int PATTERN_CACHE_SIZE = 8;

  final DatasetInfo info;
  final FlowFilter filter;
  final List<String> wardCodes;
  final List<String> schoolUrns;
  final int rows;
  final int cols;
  final int cells;
  final int[] rowStart;
  final int[] col;
  final int[] val;
  final int[] cellRow;
  final int[] colStart;
  final int[] colCells;

  /** Cell ids of each row (segment {@code rowStart}) sorted by count, ascending. */
  final int[] rowByValue;

  /** Cell ids of each column (segment {@code colStart}) sorted by count, ascending. */
  final int[] colByValue;

  final long[] rowTotal;
  final long[] colTotal;
  final long grandTotal;

  final AuditCache auditCache = new AuditCache();
  private final Map<PatternKey, Pattern> patterns =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<PatternKey, Pattern> eldest) {
          return size() > PATTERN_CACHE_SIZE;
        }
      };
  private boolean cachePatterns = true;
  private PublishTimings lastTimings = new PublishTimings(0, 0, 0, 0, 0);
  private PublishTimings lastCpuTimings = new PublishTimings(0, 0, 0, 0, 0);

  private PreparedTable(DatasetInfo info, FlowFilter filter, CountMatrix m) {
    this.info = Objects.requireNonNull(info, "info");
    this.filter = Objects.requireNonNull(filter, "filter");
    this.wardCodes = m.wardCodes();
    this.schoolUrns = m.schoolUrns();
    this.rows = m.rows();
    this.cols = m.columns();
    this.cells = m.cellCount();
    this.rowStart = new int[rows + 1];
    this.col = new int[cells];
    this.val = new int[cells];
    this.cellRow = new int[cells];
    for (int r = 0; r < rows; r++) {
      rowStart[r] = m.rowStart(r);
      for (int i = m.rowStart(r); i < m.rowEnd(r); i++) {
        col[i] = m.column(i);
        val[i] = m.value(i);
        cellRow[i] = r;
        if (val[i] < 0) {
          throw new IllegalArgumentException(
              "negative count for ward " + wardCodes.get(r) + ", school " + schoolUrns.get(col[i]));
        }
      }
    }
    rowStart[rows] = cells;
    colStart = new int[cols + 1];
    for (int i = 0; i < cells; i++) {
      colStart[col[i] + 1]++;
    }
    for (int c = 0; c < cols; c++) {
      colStart[c + 1] += colStart[c];
    }
    colCells = new int[cells];
    int[] fill = Arrays.copyOf(colStart, cols);
    for (int i = 0; i < cells; i++) {
      colCells[fill[col[i]]++] = i;
    }
    // one global sort by (count, id), then stable scatter into row and column segments
    long[] keys = new long[cells];
    for (int i = 0; i < cells; i++) {
      keys[i] = ((long) val[i] << 32) | i;
    }
    Arrays.sort(keys);
    rowByValue = new int[cells];
    colByValue = new int[cells];
    int[] rfill = Arrays.copyOf(rowStart, rows);
    int[] cfill = Arrays.copyOf(colStart, cols);
    for (long key : keys) {
      int i = (int) key;
      rowByValue[rfill[cellRow[i]]++] = i;
      colByValue[cfill[col[i]]++] = i;
    }
    rowTotal = new long[rows];
    colTotal = new long[cols];
    long g = 0;
    for (int i = 0; i < cells; i++) {
      rowTotal[cellRow[i]] += val[i];
      colTotal[col[i]] += val[i];
      g += val[i];
    }
    grandTotal = g;
  }

  /**
   * Prepares a sub-table of a raw flow table.
   *
   * @param table raw table
   * @param filter the sub-table to publish
   * @return the prepared table
   */
  public static PreparedTable of(FlowTable table, FlowFilter filter) {
    return new PreparedTable(table.info(), filter, table.matrix(filter));
  }

  /**
   * Prepares a raw matrix directly (for callers in {@code io}, {@code disclosure} and benchmarks
   * that already hold one).
   *
   * @param info provenance
   * @param filter the sub-table this matrix is
   * @param matrix raw counts
   * @return the prepared table
   */
  public static PreparedTable of(DatasetInfo info, FlowFilter filter, CountMatrix matrix) {
    return new PreparedTable(info, filter, matrix);
  }

  /** Provenance of the table. */
  public DatasetInfo info() {
    return info;
  }

  /** The sub-table this is. */
  public FlowFilter filter() {
    return filter;
  }

  /** Number of listed (non-structural) cells. */
  public int cellCount() {
    return cells;
  }

  /** Number of ward rows. */
  public int rowCount() {
    return rows;
  }

  /** Number of school columns. */
  public int columnCount() {
    return cols;
  }

  /**
   * Publishes under a policy: primary suppression, secondary suppression, audit, rounding and
   * totals. See {@link DisclosureGate#publish}.
   *
   * @param policy the rules
   * @return the published table (its audit has passed)
   */
  public PublishedTable publish(DisclosurePolicy policy) {
    return publish(policy, Forced.NONE);
  }

  synchronized PublishedTable publish(DisclosurePolicy policy, Forced forced) {
    PatternKey key = new PatternKey(policy, forced);
    Pattern p = cachePatterns ? patterns.get(key) : null;
    boolean cached = p != null;
    if (p == null) {
      p = new Suppressor(this, policy, forced).run();
      if (cachePatterns) {
        patterns.put(key, p);
      }
    }
    long t0 = System.nanoTime();
    long c0 = Cpu.now();
    PublishedTable out = p.toPublished(this, policy);
    long build = System.nanoTime() - t0;
    long buildCpu = Cpu.now() - c0;
    lastTimings =
        cached
            ? new PublishTimings(0, 0, 0, 0, build)
            : new PublishTimings(
                p.timings.primaryNanos(),
                p.timings.secondaryNanos(),
                p.timings.auditNanos(),
                p.timings.pruneNanos(),
                build);
    PublishTimings c = p.cpuTimings;
    lastCpuTimings =
        cached
            ? new PublishTimings(0, 0, 0, 0, buildCpu)
            : new PublishTimings(
                c.primaryNanos(), c.secondaryNanos(), c.auditNanos(), c.pruneNanos(), buildCpu);
    return out;
  }

  /**
   * How long the last {@link #publish} spent in each phase (all zero but the last when the pattern
   * came from the cache). For benchmarks and for "computed in …" feedback.
   */
  public synchronized PublishTimings lastTimings() {
    return lastTimings;
  }

  /**
   * The same phases as {@link #lastTimings()} measured on the phase clock ({@link #usePhaseClock}):
   * CPU time of the publishing thread when a benchmark installs a thread-CPU clock (helper threads
   * of the parallel rectangle test not included), wall time otherwise.
   */
  public synchronized PublishTimings lastCpuTimings() {
    return lastCpuTimings;
  }

  /**
   * Installs the clock of {@link #lastCpuTimings()} for every prepared table, e.g. {@code
   * ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime} in a benchmark.
   *
   * @param nanos a nanosecond clock of the calling thread
   */
  public static void usePhaseClock(java.util.function.LongSupplier nanos) {
    Cpu.use(nanos);
  }

  /** Turns the pattern cache on or off (benchmarks measure the uncached path). */
  public synchronized void setPatternCaching(boolean on) {
    cachePatterns = on;
    if (!on) {
      patterns.clear();
    }
  }

  /** Forgets cached patterns and audit results. */
  public synchronized void clearCaches() {
    patterns.clear();
    auditCache.clear();
  }

  /** Cell id at (row, column), or −1 when structural. */
  int find(int r, int c) {
    int i = Arrays.binarySearch(col, rowStart[r], rowStart[r + 1], c);
    return i >= 0 ? i : -1;
  }

  /** Cache key of a suppression pattern: everything it depends on except rounding. */
  private record PatternKey(
      int k, boolean zeros, boolean wards, boolean schools, boolean grand, Forced forced) {
    PatternKey(DisclosurePolicy p, Forced f) {
      this(
          p.k(),
          p.publishZeros(),
          p.publishWardTotals(),
          p.publishSchoolTotals(),
          p.publishGrandTotal(),
          f);
    }
  }
}
