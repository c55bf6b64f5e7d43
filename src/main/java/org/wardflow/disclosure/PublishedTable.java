package org.wardflow.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;

/**
 * The published ward × school table: every listed (non-structural) cell with its released value or
 * hidden status, and the ward, school and grand totals as released. This is the only form of the
 * flow table that analysis, rendering, export and the UI see. Immutable apart from lazily computed
 * public intervals; thread-safe.
 *
 * <p>It holds no raw count. Everything it can tell — including the feasible {@linkplain
 * #hiddenInterval(int) interval} of a suppressed cell — is computed from the published figures and
 * the policy alone, so it is exactly what any reader of the publication could work out.
 */
public final class PublishedTable {
  private static final CellStatus[] STATUSES = CellStatus.values();
  private static final PublishedValue PRIMARY =
      PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY);
  private static final PublishedValue SECONDARY =
      PublishedValue.hidden(CellStatus.SUPPRESSED_SECONDARY);
  private static final PublishedValue NOT_PUBLISHED =
      PublishedValue.hidden(CellStatus.NOT_PUBLISHED);

  private final DatasetInfo info;
  private final DisclosurePolicy policy;
  private final FlowFilter filter;
  private final List<String> wardCodes;
  private final List<String> schoolUrns;
  private final int[] rowStart;
  private final int[] cols;
  private final int[] cellRow;
  private final byte[] status;
  private final int[] value;
  private final PublishedValue[] wardTotals;
  private final PublishedValue[] schoolTotals;
  private final PublishedValue grandTotal;
  private final PublicationSummary summary;
  private final Map<String, Integer> wardIndex = new HashMap<>();
  private final Map<String, Integer> schoolIndex = new HashMap<>();
  private PublicIntervals intervals;

  /**
   * Creates a published table (called by the disclosure gate only). Arrays are shared, not copied:
   * the caller must not change them.
   */
  PublishedTable(
      DatasetInfo info,
      DisclosurePolicy policy,
      FlowFilter filter,
      List<String> wardCodes,
      List<String> schoolUrns,
      int[] rowStart,
      int[] cols,
      int[] cellRow,
      byte[] status,
      int[] value,
      PublishedValue[] wardTotals,
      PublishedValue[] schoolTotals,
      PublishedValue grandTotal,
      PublicationSummary summary) {
    this.info = info;
    this.policy = policy;
    this.filter = filter;
    this.wardCodes = List.copyOf(wardCodes);
    this.schoolUrns = List.copyOf(schoolUrns);
    this.rowStart = rowStart;
    this.cols = cols;
    this.cellRow = cellRow;
    this.status = status;
    this.value = value;
    this.wardTotals = wardTotals;
    this.schoolTotals = schoolTotals;
    this.grandTotal = grandTotal;
    this.summary = summary;
    for (int i = 0; i < this.wardCodes.size(); i++) {
      wardIndex.put(this.wardCodes.get(i), i);
    }
    for (int i = 0; i < this.schoolUrns.size(); i++) {
      schoolIndex.put(this.schoolUrns.get(i), i);
    }
  }

  /** Provenance of the source table (SYNTHETIC label etc.). */
  public DatasetInfo info() {
    return info;
  }

  /** The policy applied. */
  public DisclosurePolicy policy() {
    return policy;
  }

  /** The sub-table published. */
  public FlowFilter filter() {
    return filter;
  }

  /** Row labels. */
  public List<String> wardCodes() {
    return wardCodes;
  }

  /** Column labels. */
  public List<String> schoolUrns() {
    return schoolUrns;
  }

  /** Row index of a ward code, or -1. */
  public int wardIndex(String code) {
    return wardIndex.getOrDefault(code, -1);
  }

  /** Column index of a school URN, or -1. */
  public int schoolIndex(String urn) {
    return schoolIndex.getOrDefault(urn, -1);
  }

  /** Number of listed cells. */
  public int cellCount() {
    return status.length;
  }

  /** First cell index of a row. */
  public int rowStart(int row) {
    return rowStart[row];
  }

  /** One past the last cell index of a row. */
  public int rowEnd(int row) {
    return rowStart[row + 1];
  }

  /** Column of a cell. */
  public int column(int cell) {
    return cols[cell];
  }

  /** Row of a cell. */
  public int row(int cell) {
    return cellRow[cell];
  }

  /** Cell index at (row, column), or −1 when structural. */
  public int find(int row, int column) {
    int i = java.util.Arrays.binarySearch(cols, rowStart[row], rowStart[row + 1], column);
    return i >= 0 ? i : -1;
  }

  /** Released value of a cell. */
  public PublishedValue cell(int cell) {
    CellStatus s = STATUSES[status[cell]];
    return switch (s) {
      case PUBLISHED ->
          value[cell] == 0 ? PublishedValue.ZERO : PublishedValue.published(value[cell]);
      case SUPPRESSED_PRIMARY -> PRIMARY;
      case SUPPRESSED_SECONDARY -> SECONDARY;
      case NOT_PUBLISHED -> NOT_PUBLISHED;
    };
  }

  /** Release status of a cell (no allocation; for renderers). */
  public CellStatus cellStatus(int cell) {
    return STATUSES[status[cell]];
  }

  /** Released figure of a cell, or 0 when hidden (no allocation; for renderers). */
  public int cellValue(int cell) {
    return value[cell];
  }

  /** Released value at (ward, school); a structural cell is a published zero. */
  public PublishedValue get(String wardCode, String schoolUrn) {
    int r = wardIndex(wardCode);
    int c = schoolIndex(schoolUrn);
    if (r < 0 || c < 0) {
      return PublishedValue.ZERO;
    }
    int i = find(r, c);
    return i >= 0 ? cell(i) : PublishedValue.ZERO;
  }

  /** Released total of a ward row. */
  public PublishedValue wardTotal(int row) {
    return wardTotals[row];
  }

  /** Released total of a ward by code (published zero when absent from the table). */
  public PublishedValue wardTotal(String code) {
    int r = wardIndex(code);
    return r < 0 ? PublishedValue.ZERO : wardTotals[r];
  }

  /** Released total of a school column. */
  public PublishedValue schoolTotal(int column) {
    return schoolTotals[column];
  }

  /** Released total of a school by URN (published zero when absent from the table). */
  public PublishedValue schoolTotal(String urn) {
    int c = schoolIndex(urn);
    return c < 0 ? PublishedValue.ZERO : schoolTotals[c];
  }

  /** Released grand total. */
  public PublishedValue grandTotal() {
    return grandTotal;
  }

  /** What disclosure control did: cells and totals hidden, people hidden (rounded), audit. */
  public PublicationSummary summary() {
    return summary;
  }

  /** The audit of the suppression pattern (done by the gate on the unrounded table). */
  public AuditReport audit() {
    return summary.audit();
  }

  /**
   * The minimum interval width every hidden count keeps ({@link DisclosurePolicy#protectionLevel}).
   */
  public int protectionLevel() {
    return policy.protectionLevel();
  }

  /**
   * The counts a cell could hold as far as anyone can tell from this publication: for a suppressed
   * cell its feasible interval given every published cell and total (see {@link
   * #hiddenInterval(int)}); for a published cell the counts its (rounded) figure stands for; for an
   * unpublished zero, 0.
   */
  public Interval cellInterval(int cell) {
    return switch (STATUSES[status[cell]]) {
      case PUBLISHED -> policy.preimage(value[cell]);
      case NOT_PUBLISHED -> Interval.exactly(0);
      default -> publicIntervals().cell(cell);
    };
  }

  /**
   * The feasible interval of a suppressed cell: the smallest and largest count it could hold
   * consistent with every published cell, every published total and the knowledge that suppressed
   * cells are at least 1 — public knowledge, computed from this publication only (never from raw
   * counts), for drawing a suppressed flow within its range. Without rounding the interval is exact
   * (the linear-programming bounds). With rounding it is a safe outer bound: each row's and each
   * column's rounding uncertainty is taken separately, so the true attainable range lies inside.
   * For a cell that is not suppressed this is {@link #cellInterval(int)}.
   *
   * @param cell cell index
   * @return the interval (upper {@link Interval#UNBOUNDED} when nothing limits it)
   */
  public Interval hiddenInterval(int cell) {
    return cellInterval(cell);
  }

  /**
   * The counts a ward total could be, from this publication only (like {@link #hiddenInterval}).
   */
  public Interval wardTotalInterval(int row) {
    PublishedValue v = wardTotals[row];
    return v.isPublished() ? policy.preimage(v.value()) : publicIntervals().rowTotal(row);
  }

  /** The counts a school total could be, from this publication only. */
  public Interval schoolTotalInterval(int column) {
    PublishedValue v = schoolTotals[column];
    return v.isPublished() ? policy.preimage(v.value()) : publicIntervals().colTotal(column);
  }

  /** The counts the grand total could be, from this publication only. */
  public Interval grandTotalInterval() {
    return grandTotal.isPublished()
        ? policy.preimage(grandTotal.value())
        : publicIntervals().grandTotal();
  }

  private synchronized PublicIntervals publicIntervals() {
    if (intervals == null) {
      intervals = new PublicIntervals(this);
    }
    return intervals;
  }

  /** Visits every listed cell: (row, column, value). */
  public void forEachCell(CellVisitor visitor) {
    for (int r = 0; r < wardCodes.size(); r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        visitor.visit(r, cols[i], cell(i));
      }
    }
  }

  /** Receives cells from {@link #forEachCell}. */
  @FunctionalInterface
  public interface CellVisitor {
    /** One cell. */
    void visit(int row, int column, PublishedValue value);
  }
}
