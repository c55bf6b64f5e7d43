package org.wardflow.disclosure;

/**
 * The rules the published table follows.
 *
 * @param k primary threshold: counts 1..k−1 are suppressed (0 disables; 0–20)
 * @param roundingBase 0 (none), 5 or 10: published values are rounded to the nearest multiple
 * @param publishZeros whether zero cells are released as 0 (otherwise hidden)
 * @param publishWardTotals whether ward (row) totals are released
 * @param publishSchoolTotals whether school (column) totals are released
 * @param publishGrandTotal whether the grand total is released
 * @param floor the lowest k that presentation mode and exports may use
 */
public record DisclosurePolicy(
    int k,
    int roundingBase,
    boolean publishZeros,
    boolean publishWardTotals,
    boolean publishSchoolTotals,
    boolean publishGrandTotal,
    int floor) {

  /** The default: k = 5, no rounding, zeros and all totals published, floor 5. */
  public static final DisclosurePolicy DEFAULT =
      new DisclosurePolicy(5, 0, true, true, true, true, 5);

  /** Validates ranges. */
  public DisclosurePolicy {
    if (k < 0 || k > 20) {
      throw new IllegalArgumentException("threshold k must be 0–20, was " + k);
    }
    if (roundingBase != 0 && roundingBase != 5 && roundingBase != 10) {
      throw new IllegalArgumentException("rounding base must be 0, 5 or 10, was " + roundingBase);
    }
    if (floor < 0 || floor > 20) {
      throw new IllegalArgumentException("floor must be 0–20, was " + floor);
    }
  }

  /** This policy with another threshold. */
  public DisclosurePolicy withK(int newK) {
    return new DisclosurePolicy(
        newK,
        roundingBase,
        publishZeros,
        publishWardTotals,
        publishSchoolTotals,
        publishGrandTotal,
        floor);
  }

  /** This policy with another rounding base. */
  public DisclosurePolicy withRounding(int base) {
    return new DisclosurePolicy(
        k, base, publishZeros, publishWardTotals, publishSchoolTotals, publishGrandTotal, floor);
  }

  /**
   * A plain-language statement for exports, e.g. "Counts of 1–4 suppressed; figures rounded to 5".
   */
  public String statement() {
    StringBuilder sb = new StringBuilder();
    if (k > 1) {
      sb.append("Counts of 1–").append(k - 1).append(" suppressed, with further cells suppressed");
      sb.append(" so they cannot be worked out from totals");
    } else {
      sb.append("No small-count suppression");
    }
    if (roundingBase > 0) {
      sb.append("; figures rounded to the nearest ").append(roundingBase);
    }
    return sb.append('.').toString();
  }
}
