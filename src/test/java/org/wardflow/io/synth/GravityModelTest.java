package org.wardflow.io.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GravityModelTest {
  /** 30 origins and 50 destinations scattered over 10 km, with matching random totals. */
  private static final class Instance {
    final double[][] dist = new double[30][50];
    final double[] rows = new double[30];
    final double[] cols = new double[50];

    Instance(long seed) {
      Random r = new Random(seed);
      double[][] o = new double[30][2];
      double[][] d = new double[50][2];
      for (double[] p : o) {
        p[0] = r.nextDouble() * 10_000;
        p[1] = r.nextDouble() * 10_000;
      }
      for (double[] p : d) {
        p[0] = r.nextDouble() * 10_000;
        p[1] = r.nextDouble() * 10_000;
      }
      for (int i = 0; i < 30; i++) {
        for (int j = 0; j < 50; j++) {
          dist[i][j] = Math.hypot(o[i][0] - d[j][0], o[i][1] - d[j][1]) + 200;
        }
      }
      double sr = 0;
      for (int i = 0; i < 30; i++) {
        rows[i] = 100 + r.nextInt(900);
        sr += rows[i];
      }
      double sc = 0;
      for (int j = 0; j < 50; j++) {
        cols[j] = 50 + r.nextInt(500);
        sc += cols[j];
      }
      for (int j = 0; j < 50; j++) {
        cols[j] *= sr / sc;
      }
    }
  }

  @Test
  void rowAndColumnConstraintsAreMet() {
    Instance in = new Instance(1);
    GravityModel.Result r =
        GravityModel.balance(
            in.rows,
            in.cols,
            GravityModel.weights(in.dist, DistanceDecay.exponential(1500)),
            1e-10,
            10_000);
    assertTrue(r.converged());
    double[] colSum = new double[50];
    for (int i = 0; i < 30; i++) {
      double s = 0;
      for (int j = 0; j < 50; j++) {
        assertTrue(r.flows()[i][j] >= 0);
        s += r.flows()[i][j];
        colSum[j] += r.flows()[i][j];
      }
      assertEquals(in.rows[i], s, in.rows[i] * 1e-9, "row " + i);
    }
    for (int j = 0; j < 50; j++) {
      assertEquals(in.cols[j], colSum[j], in.cols[j] * 1e-9, "column " + j);
    }
  }

  @Test
  void balancingKeepsTheDecayOddsRatios() {
    // IPF only rescales rows and columns, so T_ij T_kl / (T_il T_kj) = f_ij f_kl / (f_il f_kj)
    Instance in = new Instance(2);
    DistanceDecay decay = DistanceDecay.power(2);
    double[][] f = GravityModel.weights(in.dist, decay);
    double[][] t = GravityModel.balance(in.rows, in.cols, f, 1e-10, 10_000).flows();
    for (int[] q : new int[][] {{0, 1, 2, 3}, {5, 29, 10, 49}, {17, 4, 33, 8}}) {
      int i = q[0];
      int k = q[1];
      int j = q[2];
      int l = q[3];
      double model = t[i][j] * t[k][l] / (t[i][l] * t[k][j]);
      double seed = f[i][j] * f[k][l] / (f[i][l] * f[k][j]);
      assertEquals(seed, model, seed * 1e-9);
    }
  }

  @Test
  void longerDecayLengthMeansLongerTripsAndHigherExponentShorter() {
    Instance in = new Instance(3);
    double last = 0;
    for (double beta : new double[] {300, 800, 2000, 5000}) {
      double mean = mean(in, DistanceDecay.exponential(beta));
      assertTrue(mean > last, "β=" + beta + " mean " + mean + " after " + last);
      last = mean;
    }
    last = Double.POSITIVE_INFINITY;
    for (double gamma : new double[] {0.5, 1, 2, 3}) {
      double mean = mean(in, DistanceDecay.power(gamma));
      assertTrue(mean < last, "γ=" + gamma + " mean " + mean + " after " + last);
      last = mean;
    }
  }

  private static double mean(Instance in, DistanceDecay d) {
    return GravityModel.meanDistance(
        GravityModel.balance(in.rows, in.cols, GravityModel.weights(in.dist, d), 1e-9, 10_000)
            .flows(),
        in.dist);
  }

  @Test
  void calibrationMatchesATargetMeanTrip() {
    Instance in = new Instance(4);
    DistanceDecay d =
        GravityModel.calibrate(in.rows, in.cols, in.dist, DistanceDecay.Form.EXPONENTIAL, 3_000);
    assertEquals(3_000, mean(in, d), 30);
    DistanceDecay p =
        GravityModel.calibrate(in.rows, in.cols, in.dist, DistanceDecay.Form.POWER, 3_500);
    assertEquals(3_500, mean(in, p), 35);
  }

  @Test
  void unequalTotalsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GravityModel.balance(
                new double[] {1, 2}, new double[] {4}, new double[][] {{1}, {1}}, 1e-9, 10));
  }

  @Test
  void decayParsingAndPrinting() {
    assertEquals(DistanceDecay.exponential(2000), DistanceDecay.parse("exp:2km"));
    assertEquals(DistanceDecay.exponential(800), DistanceDecay.parse(" EXP : 800 "));
    assertEquals(DistanceDecay.power(2), DistanceDecay.parse("power:2"));
    assertEquals("exp:800", DistanceDecay.exponential(800).toString());
    assertEquals("power:1.5", DistanceDecay.power(1.5).toString());
    assertThrows(IllegalArgumentException.class, () -> DistanceDecay.parse("gauss:3"));
    assertThrows(IllegalArgumentException.class, () -> DistanceDecay.parse("exp:-1"));
    assertEquals(Math.exp(-1), DistanceDecay.exponential(500).weight(500), 1e-15);
    assertEquals(0.25, DistanceDecay.power(2).weight(2000), 1e-15);
  }
}
