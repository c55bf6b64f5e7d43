package org.wardflow.io.synth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of the synthetic flow generator. Start from {@link #DEFAULT} and change what is
 * needed.
 *
 * <h2>Default distance decay</h2>
 *
 * Exponential, β = 800 m for primary and β = 2 km for secondary schools. Reasoning: the National
 * Travel Survey puts the average trip to school at about 1.6 miles (2.6 km) for 5–10-year-olds and
 * about 3.3 miles (5.3 km) for 11–16-year-olds in England, measured along the route and including
 * rural areas. Straight-line distances are roughly a quarter shorter than route distances (a
 * circuity of about 1.3), and trips in conurbations are shorter than the national average, which
 * points to mean straight-line trips of about 2 km (primary) and 4 km (secondary) in a large
 * English city. The β values were then calibrated on the real West Midlands geography (192 wards,
 * the GIAS schools, Census 2021 children): the doubly-constrained model gives mean trips of about
 * 2.0 km (primary) and 3.9 km (secondary) with them — checked by a test. β is smaller than the mean
 * trip because on a plane the distances of trips weighted {@code exp(−d/β)} grow like {@code
 * d·exp(−d/β)} (mean 2β), and because the model's distances include each ward's own size (see
 * {@link SyntheticFlowGenerator}). β ≈ 2 km / 4 km, as sometimes quoted, would give mean trips of
 * about 3.7 km / 6.2 km here — longer than the survey suggests. The power form is offered for
 * heavier tails (γ ≈ 2 is the classic gravity exponent).
 *
 * <h2>Violence rate field</h2>
 *
 * The 'CYP involved in violence' table is drawn with a ward rate per 1,000 pupils that is spatially
 * smooth and skewed: {@code rate_i = base · exp(Σ_k a_k · exp(−|x_i − c_k|² / 2σ_k²))} with {@code
 * hotspots} bumps centred on wards drawn in proportion to their children, amplitudes up to {@code
 * hotspotStrength} and widths {@code hotspotRadius} (as a share of the area's diagonal); {@code
 * base} is set so the pupil-weighted mean secondary rate is {@code cypRatePerThousand}. Primary
 * pupils have the rate times {@code primaryRateFactor}. Counts are Poisson.
 *
 * @param seed random seed (everything is deterministic for a seed)
 * @param primaryDecay distance decay for primary-age pupils
 * @param secondaryDecay distance decay for secondary-age pupils
 * @param childShare share of the population aged 0–15, used when only population is known
 * @param defaultWardPopulation population assumed for a ward with no population data
 * @param allThroughPrimaryShare share of an all-through (or special) school's pupils who are of
 *     primary age
 * @param cypRatePerThousand mean rate of CYP involved in violence per 1,000 secondary-age pupils
 * @param primaryRateFactor primary-age rate as a multiple of the secondary rate
 * @param hotspots number of Gaussian bumps in the rate field
 * @param hotspotStrength largest bump amplitude on the log scale (e.g. 1.6 → up to ×5)
 * @param hotspotRadius bump width σ as a share of the area's diagonal
 * @param tolerance relative tolerance of the Furness balancing
 * @param maxIterations iteration limit of the balancing
 */
public record SyntheticParameters(
    long seed,
    DistanceDecay primaryDecay,
    DistanceDecay secondaryDecay,
    double childShare,
    double defaultWardPopulation,
    double allThroughPrimaryShare,
    double cypRatePerThousand,
    double primaryRateFactor,
    int hotspots,
    double hotspotStrength,
    double hotspotRadius,
    double tolerance,
    int maxIterations) {

  /** Seed 1; β 800 m / 2 km; 20% children; 12 per 1,000; three hotspots. */
  public static final SyntheticParameters DEFAULT =
      new SyntheticParameters(
          1L,
          DistanceDecay.exponential(800),
          DistanceDecay.exponential(2000),
          0.20,
          8000,
          0.5,
          12.0,
          0.1,
          3,
          1.6,
          0.09,
          1e-8,
          5000);

  /** Validates. */
  public SyntheticParameters {
    if (primaryDecay == null || secondaryDecay == null) {
      throw new IllegalArgumentException("distance decay missing");
    }
    check("childShare", childShare, 0, 1);
    check("defaultWardPopulation", defaultWardPopulation, 0, 1e7);
    check("allThroughPrimaryShare", allThroughPrimaryShare, 0, 1);
    check("cypRatePerThousand", cypRatePerThousand, 0, 1000);
    check("primaryRateFactor", primaryRateFactor, 0, 10);
    check("hotspotStrength", hotspotStrength, 0, 10);
    check("hotspotRadius", hotspotRadius, 1e-6, 10);
    if (hotspots < 0 || hotspots > 50) {
      throw new IllegalArgumentException("hotspots must be 0–50, was " + hotspots);
    }
    if (!(tolerance > 0) || maxIterations < 1) {
      throw new IllegalArgumentException("tolerance and iteration limit must be positive");
    }
  }

  private static void check(String name, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(name + " must be " + lo + "–" + hi + ", was " + v);
    }
  }

  /** With another seed. */
  public SyntheticParameters withSeed(long s) {
    return new SyntheticParameters(
        s,
        primaryDecay,
        secondaryDecay,
        childShare,
        defaultWardPopulation,
        allThroughPrimaryShare,
        cypRatePerThousand,
        primaryRateFactor,
        hotspots,
        hotspotStrength,
        hotspotRadius,
        tolerance,
        maxIterations);
  }

  /** With other distance decays. */
  public SyntheticParameters withDecay(DistanceDecay primary, DistanceDecay secondary) {
    return new SyntheticParameters(
        seed,
        primary,
        secondary,
        childShare,
        defaultWardPopulation,
        allThroughPrimaryShare,
        cypRatePerThousand,
        primaryRateFactor,
        hotspots,
        hotspotStrength,
        hotspotRadius,
        tolerance,
        maxIterations);
  }

  /** With another mean secondary rate per 1,000 pupils. */
  public SyntheticParameters withCypRate(double perThousand) {
    return new SyntheticParameters(
        seed,
        primaryDecay,
        secondaryDecay,
        childShare,
        defaultWardPopulation,
        allThroughPrimaryShare,
        perThousand,
        primaryRateFactor,
        hotspots,
        hotspotStrength,
        hotspotRadius,
        tolerance,
        maxIterations);
  }

  /** With another rate field shape. */
  public SyntheticParameters withHotspots(int n, double strength, double radius) {
    return new SyntheticParameters(
        seed,
        primaryDecay,
        secondaryDecay,
        childShare,
        defaultWardPopulation,
        allThroughPrimaryShare,
        cypRatePerThousand,
        primaryRateFactor,
        n,
        strength,
        radius,
        tolerance,
        maxIterations);
  }

  /** The parameters as text, for dataset metadata and manifests. */
  public Map<String, String> toMetadata() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("seed", Long.toString(seed));
    m.put("primary_decay", primaryDecay.toString());
    m.put("secondary_decay", secondaryDecay.toString());
    m.put("child_share", Double.toString(childShare));
    m.put("default_ward_population", Double.toString(defaultWardPopulation));
    m.put("all_through_primary_share", Double.toString(allThroughPrimaryShare));
    m.put("cyp_rate_per_1000_secondary", Double.toString(cypRatePerThousand));
    m.put("primary_rate_factor", Double.toString(primaryRateFactor));
    m.put("hotspots", Integer.toString(hotspots));
    m.put("hotspot_strength", Double.toString(hotspotStrength));
    m.put("hotspot_radius", Double.toString(hotspotRadius));
    m.put("tolerance", Double.toString(tolerance));
    m.put("max_iterations", Integer.toString(maxIterations));
    return m;
  }
}
