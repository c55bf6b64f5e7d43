package org.wardflow.io.synth;

/**
 * A doubly-constrained gravity (spatial interaction) model: {@code T_ij = A_i O_i B_j D_j f(d_ij)},
 * where {@code O_i} is the number of pupils living in ward {@code i}, {@code D_j} the pupils
 * attending school {@code j} and {@code f} a {@link DistanceDecay}. The balancing factors {@code
 * A_i}, {@code B_j} are found by Furness iteration (iterative proportional fitting of the seed
 * matrix {@code f(d_ij)} to the row and column totals), so both sets of totals are met.
 *
 * <p>Pure numerics on dense arrays: fine for a city or a region (hundreds of wards × a few thousand
 * schools); a national table would need a sparse, distance-truncated form.
 */
public final class GravityModel {
  private GravityModel() {}

  /**
   * The balanced flows.
   *
   * @param flows {@code T_ij}
   * @param iterations Furness iterations used
   * @param maxRelativeError the largest relative gap between a row or column sum and its target
   * @param converged whether the tolerance was reached
   */
  public record Result(
      double[][] flows, int iterations, double maxRelativeError, boolean converged) {}

  /**
   * The seed matrix {@code f(d_ij)}.
   *
   * @param distances metres, [origin][destination]
   * @param decay the decay function
   * @return weights of the same shape
   */
  public static double[][] weights(double[][] distances, DistanceDecay decay) {
    double[][] w = new double[distances.length][];
    for (int i = 0; i < distances.length; i++) {
      w[i] = new double[distances[i].length];
      for (int j = 0; j < w[i].length; j++) {
        w[i][j] = decay.weight(distances[i][j]);
      }
    }
    return w;
  }

  /**
   * Balances a seed matrix to row and column totals by Furness iteration: scale each row to its
   * target, then each column, until every row and column sum is within {@code tolerance} (relative)
   * of its target.
   *
   * @param origins row targets {@code O_i} ≥ 0
   * @param destinations column targets {@code D_j} ≥ 0; must have the same sum as the rows
   * @param weights seed matrix {@code f(d_ij)} ≥ 0, [origin][destination] (not modified)
   * @param tolerance relative tolerance, e.g. 1e-9
   * @param maxIterations iteration limit
   * @return the flows and convergence facts
   * @throws IllegalArgumentException when the totals differ or shapes mismatch
   */
  public static Result balance(
      double[] origins,
      double[] destinations,
      double[][] weights,
      double tolerance,
      int maxIterations) {
    int n = origins.length;
    int m = destinations.length;
    if (weights.length != n) {
      throw new IllegalArgumentException("weights have " + weights.length + " rows, not " + n);
    }
    double so = 0;
    double sd = 0;
    for (double o : origins) {
      so += o;
    }
    for (double d : destinations) {
      sd += d;
    }
    if (Math.abs(so - sd) > 1e-9 * Math.max(1, Math.max(so, sd))) {
      throw new IllegalArgumentException(
          "row total " + so + " differs from column total " + sd + ": scale one to the other");
    }
    for (int i = 0; i < n; i++) {
      if (weights[i].length != m) {
        throw new IllegalArgumentException("weights row " + i + " has the wrong length");
      }
    }
    // Balancing factors: T_ij = a_i * f_ij * b_j (a_i = A_i O_i, b_j = B_j D_j).
    double[] a = new double[n];
    double[] b = new double[m];
    java.util.Arrays.fill(a, 1);
    java.util.Arrays.fill(b, 1);
    double[] colSum = new double[m];
    double rowErr = Double.POSITIVE_INFINITY;
    int it = 0;
    boolean converged = false;
    while (true) {
      // Row pass: the row sums of the current matrix give its row error (its columns are exact
      // after the previous column pass), then a_i is updated to meet the rows.
      rowErr = 0;
      double[] newA = new double[n];
      for (int i = 0; i < n; i++) {
        double[] f = weights[i];
        double s = 0;
        for (int j = 0; j < m; j++) {
          s += f[j] * b[j];
        }
        if (it > 0) {
          rowErr = Math.max(rowErr, rel(a[i] * s, origins[i]));
        }
        newA[i] = s > 0 ? origins[i] / s : 0;
      }
      if (it > 0 && rowErr <= tolerance) {
        converged = true;
        break;
      }
      if (it >= maxIterations) {
        break;
      }
      a = newA;
      it++;
      // Column pass.
      java.util.Arrays.fill(colSum, 0);
      for (int i = 0; i < n; i++) {
        double[] f = weights[i];
        double ai = a[i];
        if (ai == 0) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          colSum[j] += ai * f[j];
        }
      }
      for (int j = 0; j < m; j++) {
        b[j] = colSum[j] > 0 ? destinations[j] / colSum[j] : 0;
      }
    }
    double[][] t = new double[n][m];
    for (int i = 0; i < n; i++) {
      double[] f = weights[i];
      for (int j = 0; j < m; j++) {
        t[i][j] = a[i] * f[j] * b[j];
      }
    }
    double err = error(t, origins, destinations);
    return new Result(t, it, err, converged && err <= Math.max(tolerance, 1e-12) * 10);
  }

  /** The largest relative gap between a row or column sum and its target. */
  public static double error(double[][] t, double[] origins, double[] destinations) {
    double err = 0;
    double[] col = new double[destinations.length];
    for (int i = 0; i < t.length; i++) {
      double s = 0;
      for (int j = 0; j < t[i].length; j++) {
        s += t[i][j];
        col[j] += t[i][j];
      }
      err = Math.max(err, rel(s, origins[i]));
    }
    for (int j = 0; j < col.length; j++) {
      err = Math.max(err, rel(col[j], destinations[j]));
    }
    return err;
  }

  private static double rel(double got, double want) {
    if (want == 0) {
      return got == 0 ? 0 : 1;
    }
    return Math.abs(got - want) / want;
  }

  /** Mean trip length of a flow matrix (flow-weighted mean distance), in the distances' unit. */
  public static double meanDistance(double[][] flows, double[][] distances) {
    double s = 0;
    double w = 0;
    for (int i = 0; i < flows.length; i++) {
      for (int j = 0; j < flows[i].length; j++) {
        s += flows[i][j] * distances[i][j];
        w += flows[i][j];
      }
    }
    return w > 0 ? s / w : 0;
  }

  /**
   * Calibrates the decay parameter so the balanced model's mean trip length matches a target
   * (Hyman's calibration, by bisection: the mean trip length grows with β and shrinks with γ).
   *
   * @param origins row targets
   * @param destinations column targets
   * @param distances metres
   * @param form the decay form
   * @param targetMeanMetres the wanted mean trip length
   * @return the calibrated decay
   */
  public static DistanceDecay calibrate(
      double[] origins,
      double[] destinations,
      double[][] distances,
      DistanceDecay.Form form,
      double targetMeanMetres) {
    boolean exp = form == DistanceDecay.Form.EXPONENTIAL;
    double lo = exp ? 50 : 0.05;
    double hi = exp ? 100_000 : 8;
    for (int k = 0; k < 40; k++) {
      double mid = exp ? Math.sqrt(lo * hi) : (lo + hi) / 2;
      DistanceDecay d = new DistanceDecay(form, mid);
      Result r = balance(origins, destinations, weights(distances, d), 1e-7, 500);
      double mean = meanDistance(r.flows(), distances);
      boolean tooShort = mean < targetMeanMetres;
      // exponential: larger β → longer trips; power: larger γ → shorter trips
      if (tooShort == exp) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return new DistanceDecay(form, exp ? Math.sqrt(lo * hi) : (lo + hi) / 2);
  }
}
