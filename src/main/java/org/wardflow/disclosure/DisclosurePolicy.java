package org.wardflow.disclosure;

/**
 * The rules the published table follows.
 *
 * <h2>Threshold and protection level</h2>
 *
 * Counts of 1..k−1 are suppressed (primary suppression); 0 and counts of k or more are published. k
 * = 0 or 1 turns suppression off. The <em>protection level</em> is k: after secondary suppression,
 * nobody may be able to narrow any suppressed cell, or any ward, school or grand total of 1..k−1,
 * to an interval narrower than k from what is published ({@link #protectionLevel()}).
 *
 * <h2>Rounding and the totals rule</h2>
 *
 * With a rounding base b (5 or 10) every published cell and total is rounded to the nearest
 * multiple of b, halves upwards; a count of k or more whose rounded value would fall below k is
 * shown as the first multiple of b at or above k, so no published figure is ever in 1..k−1.
 * <b>Totals are rounded independently from the unrounded counts</b> (as ONS and Ofqual do), not
 * added up from rounded cells, so rounded cells need not add up to their rounded total. The
 * suppression pattern is chosen and audited on the unrounded table; rounding only removes
 * information, so it never weakens the protection.
 *
 * <h2>Zeros and totals</h2>
 *
 * Zero cells are published as 0 or hidden (never chosen as complements either way, so a suppressed
 * cell is never zero). Ward, school and grand totals are each published or not; a published total
 * of 1..k−1 is itself suppressed.
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

  /** This policy with zeros published or hidden. */
  public DisclosurePolicy withZeros(boolean publish) {
    return new DisclosurePolicy(
        k, roundingBase, publish, publishWardTotals, publishSchoolTotals, publishGrandTotal, floor);
  }

  /** This policy publishing the given kinds of totals. */
  public DisclosurePolicy withTotals(boolean wards, boolean schools, boolean grand) {
    return new DisclosurePolicy(k, roundingBase, publishZeros, wards, schools, grand, floor);
  }

  /** This policy with another floor. */
  public DisclosurePolicy withFloor(int newFloor) {
    return new DisclosurePolicy(
        k,
        roundingBase,
        publishZeros,
        publishWardTotals,
        publishSchoolTotals,
        publishGrandTotal,
        newFloor);
  }

  /** True when k is below the floor (not allowed in presentation mode or exports). */
  public boolean belowFloor() {
    return k < floor;
  }

  /** This policy with k raised to the floor if it was below (for presentation mode and exports). */
  public DisclosurePolicy atLeastFloor() {
    return belowFloor() ? withK(floor) : this;
  }

  /**
   * The minimum width every suppressed cell's (and every small total's) feasible interval must
   * keep: k, and 0 when suppression is off.
   */
  public int protectionLevel() {
    return k <= 1 ? 0 : k;
  }

  /**
   * The published figure for a count under this policy's rounding, assuming it is published (a
   * zero, or k or more): 0 stays 0; otherwise the nearest multiple of the base (halves up), lifted
   * to the first multiple at or above k if it would fall below k.
   *
   * @param count the unrounded count
   * @return the published figure
   */
  public long round(long count) {
    if (count == 0 || roundingBase == 0) {
      return count;
    }
    long b = roundingBase;
    long r = (count + b / 2) / b * b;
    if (k >= 2 && r < k) {
      r = (k + b - 1) / b * b;
    }
    return r;
  }

  /**
   * The counts that could lie behind a published figure under this policy (the published cell or
   * total could be any of them): exactly the figure without rounding, e.g. 18–22 for "20" with base
   * 5 (10–14 for "10" with base 10 and k = 10, because of the lift to k).
   *
   * @param published a figure released under this policy
   * @return the range of counts that publish as that figure
   */
  public Interval preimage(long published) {
    if (roundingBase == 0) {
      return Interval.of(published, published);
    }
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (long v = Math.max(0, published - 2L * roundingBase);
        v <= published + 2L * roundingBase;
        v++) {
      boolean releasable = v == 0 || v >= k || k <= 1;
      if (releasable && round(v) == published) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return lo > hi ? Interval.of(published, published) : Interval.of(lo, hi);
  }

  /**
   * A plain-language statement for exports and legends, e.g. "Counts of 1–4 suppressed, with
   * further cells and totals suppressed so that no hidden count can be worked out to within 5 from
   * the published cells and totals; figures rounded to the nearest 5; totals rounded independently
   * from unrounded counts, so cells may not add up to totals."
   */
  public String statement() {
    StringBuilder sb = new StringBuilder();
    if (k > 1) {
      sb.append("Counts of ")
          .append(k == 2 ? "1" : "1–" + (k - 1))
          .append(" suppressed, with further cells and totals suppressed so that no hidden count")
          .append(" can be worked out to within ")
          .append(k)
          .append(" from the published cells and totals");
    } else {
      sb.append("No small-count suppression");
    }
    if (roundingBase > 0) {
      sb.append("; figures rounded to the nearest ").append(roundingBase);
      if (k > 1) {
        sb.append(" (never shown below ").append(k).append(')');
      }
      sb.append("; totals rounded independently from unrounded counts, so cells may not add up")
          .append(" to totals");
    }
    sb.append(publishZeros ? "; zeros shown" : "; zeros not shown");
    String totals = totalsPublished();
    sb.append(totals.isEmpty() ? "; no totals published" : "; " + totals + " published");
    return sb.append('.').toString();
  }

  private String totalsPublished() {
    StringBuilder sb = new StringBuilder();
    if (publishWardTotals) {
      sb.append("ward totals");
    }
    if (publishSchoolTotals) {
      sb.append(sb.length() > 0 ? (publishGrandTotal ? ", " : " and ") : "")
          .append("school totals");
    }
    if (publishGrandTotal) {
      sb.append(sb.length() > 0 ? " and " : "").append("the grand total");
    }
    return sb.toString();
  }

  /**
   * What the suppression symbol means, for legends: e.g. "[c] hidden to protect small numbers
   * (counts of 1–4, and other cells that would reveal them)".
   */
  public String legendText() {
    if (k <= 1) {
      return "[c] hidden";
    }
    return "[c] hidden to protect small numbers (counts of "
        + (k == 2 ? "1" : "1–" + (k - 1))
        + ", and other cells that would reveal them)";
  }
}
