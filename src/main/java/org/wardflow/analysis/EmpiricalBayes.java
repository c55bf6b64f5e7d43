package org.wardflow.analysis;

/**
 * Empirical-Bayes smoothing of rates from small counts: a Poisson–gamma model with the gamma prior
 * fitted by the method of moments (Marshall 1991, "Mapping disease and mortality rates using
 * empirical Bayes estimators", Applied Statistics 40:283–294; the global estimator).
 *
 * <p>Each school has a count y (CYP) and an exposure e (pupils / 100), so its raw rate is y/e per
 * 100 pupils. Rates are assumed to vary between schools as Gamma(α, β) with mean m = Σy/Σe and
 * variance s² = Σe(r − m)²/Σe − m/ē (ē the mean exposure); then α = m²/s², β = m/s² and the
 * smoothed rate is (y + α)/(e + β) — the raw rate pulled towards m, the more so the fewer pupils.
 * When s² ≤ 0 the rates vary no more than chance would make them and every school gets m.
 */
public final class EmpiricalBayes {
  private EmpiricalBayes() {}

  /**
   * The fitted prior.
   *
   * @param mean prior mean m (the overall rate)
   * @param variance prior variance s² (0 when the rates vary no more than chance)
   * @param alpha gamma shape m²/s² (infinite when s² = 0)
   * @param beta gamma rate m/s² (infinite when s² = 0)
   */
  public record Prior(double mean, double variance, double alpha, double beta) {
    /** True when the rates vary no more than chance and every school is smoothed to the mean. */
    public boolean degenerate() {
      return !(variance > 0) || !Double.isFinite(alpha);
    }

    /** The smoothed rate for count y and exposure e. */
    public double smooth(double y, double e) {
      if (degenerate()) {
        return mean;
      }
      return (y + alpha) / (e + beta);
    }

    /** The weight the school's own rate gets (0 = all prior, 1 = all own rate): s²/(s² + m/e). */
    public double shrinkageWeight(double e) {
      if (degenerate()) {
        return 0;
      }
      return e / (e + beta);
    }
  }

  /**
   * Fits the prior by the method of moments.
   *
   * @param counts y per unit (≥ 0)
   * @param exposures e per unit (&gt; 0)
   * @return the prior
   * @throws IllegalArgumentException when the arrays differ in length, are empty, or an exposure is
   *     not positive
   */
  public static Prior fit(double[] counts, double[] exposures) {
    if (counts.length != exposures.length || counts.length == 0) {
      throw new IllegalArgumentException("need equal, non-empty arrays of counts and exposures");
    }
    double sy = 0;
    double se = 0;
    for (int i = 0; i < counts.length; i++) {
      if (!(exposures[i] > 0)) {
        throw new IllegalArgumentException("exposure must be positive, was " + exposures[i]);
      }
      sy += counts[i];
      se += exposures[i];
    }
    double m = sy / se;
    double ebar = se / counts.length;
    double ss = 0;
    for (int i = 0; i < counts.length; i++) {
      double d = counts[i] / exposures[i] - m;
      ss += exposures[i] * d * d;
    }
    double s2 = ss / se - m / ebar;
    if (!(s2 > 0) || m == 0) {
      return new Prior(m, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    return new Prior(m, s2, m * m / s2, m / s2);
  }
}
