package org.wardflow.analysis;

import org.wardflow.disclosure.PublishedTable;

/** Column-wise access to a published table's cells (the table itself is stored by row). */
final class PublishedColumns {
  final int[] colStart;
  final int[] cells;
  final int[] rowOfCell;

  private PublishedColumns(int[] colStart, int[] cells, int[] rowOfCell) {
    this.colStart = colStart;
    this.cells = cells;
    this.rowOfCell = rowOfCell;
  }

  static PublishedColumns of(PublishedTable t) {
    int nCols = t.schoolUrns().size();
    int n = t.cellCount();
    int[] rowOf = new int[n];
    int[] colStart = new int[nCols + 1];
    for (int r = 0; r < t.wardCodes().size(); r++) {
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        rowOf[i] = r;
        colStart[t.column(i) + 1]++;
      }
    }
    for (int c = 0; c < nCols; c++) {
      colStart[c + 1] += colStart[c];
    }
    int[] fill = colStart.clone();
    int[] cells = new int[n];
    for (int i = 0; i < n; i++) {
      cells[fill[t.column(i)]++] = i;
    }
    return new PublishedColumns(colStart, cells, rowOf);
  }

  int start(int col) {
    return colStart[col];
  }

  int end(int col) {
    return colStart[col + 1];
  }
}
