package org.wardflow.analysis;

import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.School;

/**
 * One school's place in a ranking.
 *
 * @param school the school
 * @param value the measure (smoothed when smoothing is on)
 * @param unsmoothedValue the measure before smoothing (equal to value without smoothing)
 * @param rank 1 = highest value; tied values share the best rank (1, 2, 2, 4)
 * @param rankLow best rank in the interval (smallest number)
 * @param rankHigh worst rank in the interval (largest number)
 * @param tieGroup 1-based group of schools that cannot be told apart, in rank order
 * @param tieGroupSize number of schools in the group
 * @param cypTotal the school's total as published (may be hidden)
 * @param cypEstimate CYP attending used for the measure: the published total, or when it is hidden
 *     the published cells plus the midpoints of hidden cells
 * @param estimated true when the value depends on midpoints of hidden cells
 */
public record RankedSchool(
    School school,
    double value,
    double unsmoothedValue,
    int rank,
    int rankLow,
    int rankHigh,
    int tieGroup,
    int tieGroupSize,
    PublishedValue cypTotal,
    double cypEstimate,
    boolean estimated) {

  /** The school's URN. */
  public String urn() {
    return school.urn();
  }

  /** E.g. {@code "4 (2–9)"}. */
  public String rankLabel() {
    return rank + " (" + rankLow + "–" + rankHigh + ")";
  }

  /** True when both schools are in the same tie group ("cannot be told apart"). */
  public boolean cannotBeToldApart(RankedSchool other) {
    return tieGroup == other.tieGroup;
  }

  /**
   * True when the rank interval lies entirely below the top k (best plausible rank worse than k).
   */
  public boolean outsideTop(int k) {
    return rankLow > k;
  }
}
