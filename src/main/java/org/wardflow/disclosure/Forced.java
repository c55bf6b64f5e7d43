package org.wardflow.disclosure;

import java.util.Arrays;

/**
 * Cells and totals that must be hidden whatever their count — how the publication ledger keeps a
 * new release consistent with earlier ones. Cell, row and column ids refer to one {@link
 * PreparedTable}. Immutable; compared by content.
 */
final class Forced {
  static final Forced NONE = new Forced(new int[0], new int[0], new int[0], false);

  final int[] cells;
  final int[] rows;
  final int[] cols;
  final boolean grand;

  Forced(int[] cells, int[] rows, int[] cols, boolean grand) {
    this.cells = sortedCopy(cells);
    this.rows = sortedCopy(rows);
    this.cols = sortedCopy(cols);
    this.grand = grand;
  }

  private static int[] sortedCopy(int[] a) {
    int[] c = a.clone();
    Arrays.sort(c);
    return c;
  }

  boolean isEmpty() {
    return cells.length == 0 && rows.length == 0 && cols.length == 0 && !grand;
  }

  /** This set together with another. */
  Forced union(Forced o) {
    return new Forced(
        merge(cells, o.cells), merge(rows, o.rows), merge(cols, o.cols), grand || o.grand);
  }

  private static int[] merge(int[] a, int[] b) {
    return Arrays.stream(concat(a, b)).distinct().toArray();
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Forced f
        && grand == f.grand
        && Arrays.equals(cells, f.cells)
        && Arrays.equals(rows, f.rows)
        && Arrays.equals(cols, f.cols);
  }

  @Override
  public int hashCode() {
    return ((Arrays.hashCode(cells) * 31 + Arrays.hashCode(rows)) * 31 + Arrays.hashCode(cols)) * 31
        + (grand ? 1 : 0);
  }
}
