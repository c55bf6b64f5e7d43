package org.wardflow.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;

/**
 * The published ward × school table: every listed (non-structural) cell with its released value or
 * hidden status, and the ward, school and grand totals as released. This is the only form of the
 * flow table that analysis, rendering, export and the UI see. Immutable.
 */
public final class PublishedTable {
  private final DatasetInfo info;
  private final DisclosurePolicy policy;
  private final FlowFilter filter;
  private final List<String> wardCodes;
  private final List<String> schoolUrns;
  private final int[] rowStart;
  private final int[] cols;
  private final PublishedValue[] cells;
  private final PublishedValue[] wardTotals;
  private final PublishedValue[] schoolTotals;
  private final PublishedValue grandTotal;
  private final Map<String, Integer> wardIndex = new HashMap<>();
  private final Map<String, Integer> schoolIndex = new HashMap<>();

  /**
   * Creates a published table (called by the disclosure gate only).
   *
   * @param info provenance of the source table
   * @param policy the policy applied
   * @param filter the sub-table published
   * @param wardCodes row labels
   * @param schoolUrns column labels
   * @param rowStart CSR row starts (length rows+1)
   * @param cols CSR column of each cell
   * @param cells released value of each cell
   * @param wardTotals released row totals
   * @param schoolTotals released column totals
   * @param grandTotal released grand total
   */
  PublishedTable(
      DatasetInfo info,
      DisclosurePolicy policy,
      FlowFilter filter,
      List<String> wardCodes,
      List<String> schoolUrns,
      int[] rowStart,
      int[] cols,
      PublishedValue[] cells,
      PublishedValue[] wardTotals,
      PublishedValue[] schoolTotals,
      PublishedValue grandTotal) {
    this.info = info;
    this.policy = policy;
    this.filter = filter;
    this.wardCodes = List.copyOf(wardCodes);
    this.schoolUrns = List.copyOf(schoolUrns);
    this.rowStart = rowStart;
    this.cols = cols;
    this.cells = cells;
    this.wardTotals = wardTotals;
    this.schoolTotals = schoolTotals;
    this.grandTotal = grandTotal;
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
    return cells.length;
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

  /** Released value of a cell. */
  public PublishedValue cell(int cell) {
    return cells[cell];
  }

  /** Released value at (ward, school); a structural cell is a published zero. */
  public PublishedValue get(String wardCode, String schoolUrn) {
    int r = wardIndex(wardCode);
    int c = schoolIndex(schoolUrn);
    if (r < 0 || c < 0) {
      return PublishedValue.ZERO;
    }
    int i = java.util.Arrays.binarySearch(cols, rowStart[r], rowStart[r + 1], c);
    return i >= 0 ? cells[i] : PublishedValue.ZERO;
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

  /** Visits every listed cell: (row, column, value). */
  public void forEachCell(CellVisitor visitor) {
    for (int r = 0; r < wardCodes.size(); r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        visitor.visit(r, cols[i], cells[i]);
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
