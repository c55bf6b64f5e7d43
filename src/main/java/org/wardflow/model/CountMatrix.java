package org.wardflow.model;

import java.util.Arrays;
import java.util.List;

/**
 * A sparse ward × school matrix of <strong>raw</strong> counts in compressed-row form. Listed cells
 * are non-structural (they may hold zero); pairs not listed are structural zeros.
 *
 * <p>Raw counts: only {@code model}, {@code io} and {@code disclosure} may use this class (checked
 * by ArchUnit).
 */
public final class CountMatrix {
  private final List<String> wardCodes;
  private final List<String> schoolUrns;
  private final int[] rowStart;
  private final int[] cols;
  private final int[] values;

  /**
   * Creates a matrix. Columns within a row must be strictly increasing.
   *
   * @param wardCodes row labels
   * @param schoolUrns column labels
   * @param rowStart length rows+1; cells of row i are at {@code rowStart[i]..rowStart[i+1]-1}
   * @param cols column index of each cell
   * @param values count of each cell (non-negative)
   */
  public CountMatrix(
      List<String> wardCodes, List<String> schoolUrns, int[] rowStart, int[] cols, int[] values) {
    if (rowStart.length != wardCodes.size() + 1 || cols.length != values.length) {
      throw new IllegalArgumentException("inconsistent CSR arrays");
    }
    this.wardCodes = List.copyOf(wardCodes);
    this.schoolUrns = List.copyOf(schoolUrns);
    this.rowStart = rowStart;
    this.cols = cols;
    this.values = values;
  }

  /** Row labels (ward codes). */
  public List<String> wardCodes() {
    return wardCodes;
  }

  /** Column labels (school URNs). */
  public List<String> schoolUrns() {
    return schoolUrns;
  }

  /** Number of rows. */
  public int rows() {
    return wardCodes.size();
  }

  /** Number of columns. */
  public int columns() {
    return schoolUrns.size();
  }

  /** Number of listed (non-structural) cells. */
  public int cellCount() {
    return values.length;
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

  /** Raw count of a cell. */
  public int value(int cell) {
    return values[cell];
  }

  /** Cell index of (row, column), or -1 when structural. */
  public int find(int row, int column) {
    int i = Arrays.binarySearch(cols, rowStart[row], rowStart[row + 1], column);
    return i >= 0 ? i : -1;
  }

  /** Raw count at (row, column); 0 when structural. */
  public int get(int row, int column) {
    int i = find(row, column);
    return i < 0 ? 0 : values[i];
  }

  /** Row sums. */
  public long[] rowTotals() {
    long[] t = new long[rows()];
    for (int r = 0; r < rows(); r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        t[r] += values[i];
      }
    }
    return t;
  }

  /** Column sums. */
  public long[] columnTotals() {
    long[] t = new long[columns()];
    for (int i = 0; i < values.length; i++) {
      t[cols[i]] += values[i];
    }
    return t;
  }

  /** Sum of all cells. */
  public long total() {
    long t = 0;
    for (int v : values) {
      t += v;
    }
    return t;
  }

  /** Row index of every cell (a fresh array). */
  public int[] cellRows() {
    int[] r = new int[values.length];
    for (int row = 0; row < rows(); row++) {
      Arrays.fill(r, rowStart[row], rowStart[row + 1], row);
    }
    return r;
  }
}
