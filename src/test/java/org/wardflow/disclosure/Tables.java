package org.wardflow.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;

/** Random raw tables for tests: dense or sparse, with many small cells. */
final class Tables {
  static final DatasetInfo INFO =
      new DatasetInfo("test", "random", "", false, true, java.util.Map.of());

  private Tables() {}

  /** A matrix from a dense array; zero entries are structural unless listZeros. */
  static CountMatrix matrix(int[][] a, boolean listZeros) {
    int rows = a.length;
    int cols = rows == 0 ? 0 : a[0].length;
    List<String> w = new ArrayList<>();
    List<String> s = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      w.add("W" + r);
    }
    for (int c = 0; c < cols; c++) {
      s.add(String.valueOf(100000 + c));
    }
    int[] rowStart = new int[rows + 1];
    List<Integer> colList = new ArrayList<>();
    List<Integer> valList = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowStart[r] = colList.size();
      for (int c = 0; c < cols; c++) {
        if (a[r][c] != 0 || listZeros) {
          colList.add(c);
          valList.add(a[r][c]);
        }
      }
    }
    rowStart[rows] = colList.size();
    return new CountMatrix(
        w,
        s,
        rowStart,
        colList.stream().mapToInt(Integer::intValue).toArray(),
        valList.stream().mapToInt(Integer::intValue).toArray());
  }

  static PreparedTable prepared(int[][] a) {
    return PreparedTable.of(INFO, FlowFilter.ALL, matrix(a, false));
  }

  /** Random table: density in [0,1], small cells with probability smallShare. */
  static int[][] random(Random rnd, int rows, int cols, double density, double smallShare, int k) {
    int[][] a = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (rnd.nextDouble() < density) {
          a[r][c] =
              rnd.nextDouble() < smallShare
                  ? 1 + rnd.nextInt(Math.max(1, k - 1))
                  : k + rnd.nextInt(4 * Math.max(k, 2));
        }
      }
    }
    return a;
  }
}
