package org.wardflow.analysis;

import java.util.Objects;

/**
 * How to rank schools.
 *
 * @param measure what to rank by
 * @param filter which schools take part
 * @param smoothing empirical-Bayes smoothing of rates ({@link EmpiricalBayes}); only affects {@link
 *     SchoolMeasure#RATE_PER_100_PUPILS}
 * @param draws number of simulation draws for rank intervals (100–100,000; default 1,000)
 * @param level coverage of rank intervals, e.g. 0.9 for 90% intervals (0.5–0.99)
 * @param seed seed of the simulation, so results can be reproduced
 */
public record RankingOptions(
    SchoolMeasure measure,
    SchoolFilter filter,
    boolean smoothing,
    int draws,
    double level,
    long seed) {
  /** The default seed. */
  public static final long DEFAULT_SEED = 20_250_524L;

  /** Validates. */
  public RankingOptions {
    Objects.requireNonNull(measure, "measure");
    filter = filter == null ? SchoolFilter.ALL : filter;
    if (draws < 100 || draws > 100_000) {
      throw new IllegalArgumentException("draws must be 100–100,000, was " + draws);
    }
    if (!(level >= 0.5 && level <= 0.99)) {
      throw new IllegalArgumentException("interval level must be 0.5–0.99, was " + level);
    }
  }

  /** 1,000 draws, 90% intervals, no smoothing, all schools, the default seed. */
  public static RankingOptions defaults(SchoolMeasure measure) {
    return new RankingOptions(measure, SchoolFilter.ALL, false, 1000, 0.9, DEFAULT_SEED);
  }

  /** With another filter. */
  public RankingOptions withFilter(SchoolFilter f) {
    return new RankingOptions(measure, f, smoothing, draws, level, seed);
  }

  /** With smoothing on or off. */
  public RankingOptions withSmoothing(boolean on) {
    return new RankingOptions(measure, filter, on, draws, level, seed);
  }

  /** With another number of draws. */
  public RankingOptions withDraws(int n) {
    return new RankingOptions(measure, filter, smoothing, n, level, seed);
  }

  /** With another interval level. */
  public RankingOptions withLevel(double l) {
    return new RankingOptions(measure, filter, smoothing, draws, l, seed);
  }

  /** With another seed. */
  public RankingOptions withSeed(long s) {
    return new RankingOptions(measure, filter, smoothing, draws, level, s);
  }
}
