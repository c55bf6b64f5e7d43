package org.wardflow.io.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ControlledRoundingTest {
  @Provide
  Arbitrary<double[][]> matrices() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 9);
    Arbitrary<Integer> m = Arbitraries.integers().between(1, 9);
    return Combinators.combine(n, m, Arbitraries.longs())
        .as(
            (rows, cols, seed) -> {
              java.util.Random r = new java.util.Random(seed);
              double[][] x = new double[rows][cols];
              for (double[] row : x) {
                for (int j = 0; j < cols; j++) {
                  // a third of cells exactly zero, some whole numbers, the rest fractional
                  int kind = r.nextInt(6);
                  row[j] = kind < 2 ? 0 : kind == 2 ? r.nextInt(5) : r.nextDouble() * 20;
                }
              }
              return x;
            });
  }

  @Property(tries = 300)
  void zeroRestrictedRoundingWithFreeRows(@ForAll("matrices") double[][] x) {
    int n = x.length;
    int m = x[0].length;
    double[] rs = new double[n];
    double[] cs = new double[m];
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        rs[i] += x[i][j];
        cs[j] += x[i][j];
        total += x[i][j];
      }
    }
    int[] colT = ControlledRounding.roundVector(cs, (int) Math.round(total));
    int[][] y = ControlledRounding.round(x, colT);
    int[] gotCols = new int[m];
    for (int i = 0; i < n; i++) {
      int row = 0;
      for (int j = 0; j < m; j++) {
        assertTrue(
            y[i][j] == Math.floor(x[i][j]) || y[i][j] == Math.ceil(x[i][j]),
            "cell " + x[i][j] + " → " + y[i][j]);
        row += y[i][j];
        gotCols[j] += y[i][j];
      }
      assertTrue(row == Math.floor(rs[i]) || row == Math.ceil(rs[i]), "row " + rs[i] + " → " + row);
    }
    assertArrayEquals(colT, gotCols);
  }

  @Property(tries = 300)
  void vectorRoundingKeepsTheTotal(@ForAll("matrices") double[][] x) {
    double[] v = x[0];
    double s = 0;
    for (double d : v) {
      s += d;
    }
    int t = (int) Math.round(s);
    int[] r = ControlledRounding.roundVector(v, t);
    int sum = 0;
    for (int i = 0; i < v.length; i++) {
      assertTrue(r[i] == Math.floor(v[i]) || r[i] == Math.ceil(v[i]));
      sum += r[i];
    }
    assertEquals(t, sum);
  }

  @Test
  void largestRemaindersGoUpFirst() {
    assertArrayEquals(
        new int[] {0, 1, 1}, ControlledRounding.roundVector(new double[] {0.6, 0.7, 0.7}, 2));
    assertArrayEquals(
        new int[] {1, 0, 0},
        ControlledRounding.roundVector(new double[] {0.5, 0.5, 0.5}, 1),
        "ties to the lower index");
    assertArrayEquals(new int[] {2, 1}, ControlledRounding.roundVector(new double[] {1.5, 1.4}, 3));
  }
}
