package org.wardflow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.DatasetInfo;

/**
 * A plausible sparse ward × school table for benchmarks (SYNTHETIC): wards and schools on square
 * grids over the same area; each child of a ward attends a school drawn from a Gaussian
 * distance-decay kernel around the ward, so each ward sends children to a few dozen (regional) or a
 * few hundred (national, bigger wards) schools, most cells are small and a few near schools are
 * large.
 */
public final class DisclosureSyntheticFlows {
  /** Provenance of the benchmark tables. */
  public static final DatasetInfo INFO =
      new DatasetInfo("benchmark", "DisclosureSyntheticFlows", "", false, true, Map.of());

  private DisclosureSyntheticFlows() {}

  /**
   * Generates a table.
   *
   * @param wards number of wards
   * @param schools number of schools
   * @param minSchools fewest schools a ward sends children to
   * @param maxSchools most schools a ward sends children to
   * @param meanChildren mean children per ward (log-normal spread)
   * @param seed random seed
   * @return the raw matrix
   */
  public static CountMatrix generate(
      int wards, int schools, int minSchools, int maxSchools, double meanChildren, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int side = (int) Math.ceil(Math.sqrt(schools));
    int wardSide = (int) Math.ceil(Math.sqrt(wards));
    List<String> w = new ArrayList<>(wards);
    List<String> s = new ArrayList<>(schools);
    for (int i = 0; i < wards; i++) {
      w.add(String.format("E05%06d", i));
    }
    for (int i = 0; i < schools; i++) {
      s.add(Integer.toString(100000 + i));
    }
    int[] rowStart = new int[wards + 1];
    int[] cols = new int[Math.max(16, wards * (minSchools + maxSchools) / 2)];
    int[] vals = new int[cols.length];
    int n = 0;
    boolean[] chosen = new boolean[schools];
    int[] set = new int[maxSchools];
    double[] weight = new double[maxSchools];
    int[] count = new int[maxSchools];
    for (int r = 0; r < wards; r++) {
      rowStart[r] = n;
      double wx = (r % wardSide + 0.5) * side / (double) wardSide;
      double wy = (r / wardSide + 0.5) * side / (double) wardSide;
      int m = minSchools + rnd.nextInt(maxSchools - minSchools + 1);
      // the choice set: schools around the ward, nearer ones more likely
      double spread = Math.sqrt(m / Math.PI) * 0.9;
      int got = 0;
      for (int tries = 0; got < m && tries < 50 * m; tries++) {
        int x = Math.floorMod((int) Math.floor(wx + spread * gaussian(rnd)), side);
        int y = Math.floorMod((int) Math.floor(wy + spread * gaussian(rnd)), side);
        int school = (y * side + x) % schools;
        if (!chosen[school]) {
          chosen[school] = true;
          set[got++] = school;
        }
      }
      // distance-decay weights with noise; children shared out multinomially
      double sum = 0;
      for (int j = 0; j < got; j++) {
        int sx = set[j] % side;
        int sy = set[j] / side;
        double dx = Math.abs(sx + 0.5 - wx);
        double dy = Math.abs(sy + 0.5 - wy);
        dx = Math.min(dx, side - dx);
        dy = Math.min(dy, side - dy);
        double d = Math.sqrt(dx * dx + dy * dy);
        weight[j] = Math.exp(-d / (0.35 * spread + 0.5)) * Math.exp(0.8 * gaussian(rnd));
        sum += weight[j];
        count[j] = 0;
      }
      int children =
          Math.max(1, (int) Math.round(meanChildren * Math.exp(0.5 * gaussian(rnd) - 0.125)));
      for (int ch = 0; ch < children; ch++) {
        double u = rnd.nextDouble() * sum;
        int j = 0;
        while (j < got - 1 && (u -= weight[j]) > 0) {
          j++;
        }
        count[j]++;
      }
      long[] keyed = new long[got];
      for (int j = 0; j < got; j++) {
        keyed[j] = ((long) set[j] << 32) | count[j];
        chosen[set[j]] = false;
      }
      Arrays.sort(keyed);
      if (n + got > cols.length) {
        cols = Arrays.copyOf(cols, Math.max(n + got, cols.length * 2));
        vals = Arrays.copyOf(vals, cols.length);
      }
      for (long key : keyed) {
        int c = (int) (key >>> 32);
        int v = (int) key;
        if (v > 0) {
          cols[n] = c;
          vals[n] = v;
          n++;
        }
      }
    }
    rowStart[wards] = n;
    return new CountMatrix(w, s, rowStart, Arrays.copyOf(cols, n), Arrays.copyOf(vals, n));
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** West Midlands scale: 192 wards × 1,238 schools, ~20–60 schools per ward. */
  public static CountMatrix westMidlands(long seed) {
    return generate(192, 1238, 20, 60, 1000, seed);
  }

  /** England scale: ~7,000 wards × ~24,000 schools, ~2 M non-zero cells. */
  public static CountMatrix england(long seed) {
    return generate(7000, 24000, 200, 500, 2800, seed);
  }
}
