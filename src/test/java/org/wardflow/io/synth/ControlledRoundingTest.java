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

  /**
   * The case the synthetic generator has: Furness balancing makes every column sum the school's
   * whole number of pupils. Then the real table itself meets every bound, so an integer rounding
   * exists (the flow polytope is integral; Cox, 1987) and must be found.
   */
  @Property(tries = 300)
  void zeroRestrictedRoundingWithFreeRows(@ForAll("matrices") double[][] raw) {
    double[][] x = wholeColumnSums(raw);
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
    int[] colT = new int[m];
    for (int j = 0; j < m; j++) {
      colT[j] = (int) Math.round(cs[j]);
    }
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

  /** Scales each column so that its sum is a whole number (all-zero columns stay zero). */
  private static double[][] wholeColumnSums(double[][] raw) {
    int n = raw.length;
    int m = raw[0].length;
    double[][] x = new double[n][m];
    for (int j = 0; j < m; j++) {
      double s = 0;
      for (double[] row : raw) {
        s += row[j];
      }
      double f = s == 0 ? 0 : Math.ceil(s) / s;
      for (int i = 0; i < n; i++) {
        x[i][j] = raw[i][j] * f;
      }
    }
    return x;
  }

  /**
   * Column targets rounded one by one need not admit a rounding: here both columns of the second
   * row are rounded down (24 and 17), so that row can reach only 16 + 17 = 33, below the floor of
   * its sum, 34.05. The method says so instead of returning a wrong table.
   */
  @Test
  void independentlyRoundedColumnTargetsCanBeInfeasibleAndAreRefused() {
    double[][] x = {
      {0, 1.6267, 0, 3.8232, 4, 0, 18.8233, 8.0033, 0},
      {0, 0, 0, 0, 0, 0, 0, 16.6106, 17.4439}
    };
    int[] colT = {0, 2, 0, 4, 4, 0, 19, 24, 17};
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> ControlledRounding.round(x, colT));
    assertTrue(e.getMessage().contains("no controlled rounding exists"), e.getMessage());
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
