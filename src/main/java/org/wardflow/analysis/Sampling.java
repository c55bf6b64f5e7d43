package org.wardflow.analysis;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;

/**
 * Fast seeded samplers for the rank simulation: Poisson (inversion below a mean of 10, Hörmann's
 * PTRS transformed rejection above), gamma (Marsaglia–Tsang) and uniform integers.
 */
final class Sampling {
  private Sampling() {}

  /** A uniform integer in [lo, hi]. */
  static int uniform(SplittableRandom r, int lo, int hi) {
    return lo == hi ? lo : lo + below(r, hi - lo + 1);
  }

  /**
   * A uniform integer in [0, bound) by Lemire's multiply-shift (no division; bias below 2⁻³²·bound,
   * far below anything the simulation can detect).
   */
  static int below(SplittableRandom r, int bound) {
    return (int) (((r.nextInt() & 0xffffffffL) * bound) >>> 32);
  }

  /** A Poisson variate with mean mu (0 when mu ≤ 0). */
  static int poisson(SplittableRandom r, double mu) {
    if (!(mu > 0)) {
      return 0;
    }
    if (mu < 10) {
      return poissonInversion(r, mu, Math.exp(-mu));
    }
    return poissonPtrs(r, mu);
  }

  /** Poisson by sequential inversion; {@code expMinusMu} = e^−mu. */
  static int poissonInversion(SplittableRandom r, double mu, double expMinusMu) {
    double u = r.nextDouble();
    double p = expMinusMu;
    double f = p;
    int k = 0;
    while (u > f) {
      k++;
      p *= mu / k;
      f += p;
      if (k > 1000) {
        break;
      }
    }
    return k;
  }

  /** Hörmann (1993) PTRS, valid for mu ≥ 10. */
  static int poissonPtrs(SplittableRandom r, double mu) {
    return new Ptrs(mu).sample(r);
  }

  /** Hörmann's PTRS sampler for one mean (≥ 10), its constants computed once. */
  static final class Ptrs {
    private final double mu;
    private final double loglam;
    private final double b;
    private final double a;
    private final double logInvalpha;
    private final double vr;

    Ptrs(double mu) {
      this.mu = mu;
      double slam = Math.sqrt(mu);
      this.loglam = Math.log(mu);
      this.b = 0.931 + 2.53 * slam;
      this.a = -0.059 + 0.02483 * b;
      this.logInvalpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
      this.vr = 0.9277 - 3.6224 / (b - 2);
    }

    int sample(SplittableRandom r) {
      while (true) {
        double u = r.nextDouble() - 0.5;
        double v = r.nextDouble();
        double us = 0.5 - Math.abs(u);
        long k = (long) Math.floor((2 * a / us + b) * u + mu + 0.43);
        if (us >= 0.07 && v <= vr) {
          return (int) k;
        }
        if (k < 0 || (us < 0.013 && v > us)) {
          continue;
        }
        if (Math.log(v) + logInvalpha - Math.log(a / (us * us) + b)
            <= -mu + k * loglam - logFactorial(k)) {
          return (int) k;
        }
      }
    }
  }

  private static final double[] LOG_FACTORIAL = new double[1024];

  static {
    for (int i = 1; i < LOG_FACTORIAL.length; i++) {
      LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
    }
  }

  /** log(k!). */
  static double logFactorial(long k) {
    return k < LOG_FACTORIAL.length ? LOG_FACTORIAL[(int) k] : Gamma.logGamma(k + 1.0);
  }

  /**
   * Poisson sampling for one fixed mean by table inversion with a guide table (Chen and Asau 1974):
   * about one comparison per draw. For means up to {@link #MAX_TABLE_MEAN}.
   */
  static final class PoissonTable {
    private final double[] cdf;
    private final int[] guide;

    PoissonTable(double mu) {
      int max = (int) Math.ceil(mu + 12 * Math.sqrt(mu) + 20);
      double[] c = new double[max + 1];
      double p = Math.exp(-mu);
      double f = p;
      c[0] = f;
      int k = 0;
      while (k < max && f < 1 - 1e-15) {
        k++;
        p *= mu / k;
        f += p;
        c[k] = f;
      }
      this.cdf = java.util.Arrays.copyOf(c, k + 1);
      this.cdf[k] = 1.0;
      this.guide = new int[cdf.length];
      int j = 0;
      for (int g = 0; g < guide.length; g++) {
        double u = (double) g / guide.length;
        while (cdf[j] <= u) {
          j++;
        }
        guide[g] = j;
      }
    }

    int sample(SplittableRandom r) {
      double u = r.nextDouble();
      int j = guide[(int) (u * guide.length)];
      while (cdf[j] < u) {
        j++;
      }
      return j;
    }
  }

  /** The largest mean sampled from a {@link PoissonTable} (larger means use PTRS). */
  static final double MAX_TABLE_MEAN = 400;

  /** Whole-number means below this use shared tables. */
  static final int SMALL_TABLES = 64;

  private static final PoissonTable[] SMALL = new PoissonTable[SMALL_TABLES];

  static {
    for (int mu = 1; mu < SMALL.length; mu++) {
      SMALL[mu] = new PoissonTable(mu);
    }
  }

  /** A Poisson variate with a whole-number mean (shared tables for means below 64). */
  static int poisson(SplittableRandom r, int mu) {
    if (mu <= 0) {
      return 0;
    }
    return mu < SMALL.length ? SMALL[mu].sample(r) : poisson(r, (double) mu);
  }

  /** A gamma variate with this shape and rate (mean shape/rate), Marsaglia and Tsang (2000). */
  static double gamma(SplittableRandom r, double shape, double rate) {
    if (shape < 1) {
      double u = r.nextDouble();
      return gamma(r, shape + 1, rate) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = r.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = r.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v / rate;
      }
    }
  }
}
