package org.wardflow.disclosure;

/**
 * What disclosure control did to a table, for the live feedback next to the controls and for the
 * record of settings in exports. Every figure here is safe to show: counts of cells, wards and
 * schools, and the number of people hidden only as a rounded figure.
 *
 * @param cellsListed non-structural cells in the table
 * @param cellsPublished cells released as a number
 * @param cellsSuppressedPrimary cells hidden because they are 1..k−1
 * @param cellsSuppressedSecondary cells hidden to protect others
 * @param zeroCellsNotPublished zero cells hidden because the policy does not publish zeros
 * @param totalsSuppressedPrimary ward, school or grand totals hidden because they are 1..k−1
 * @param totalsSuppressedSecondary totals hidden to protect others
 * @param peopleHiddenRounded people in suppressed cells, rounded (see {@link #peopleHidden()})
 * @param peopleHidden the same as words: "none", "fewer than 10" or "about N"
 * @param wardsAffected wards with at least one suppressed cell or a suppressed total
 * @param schoolsAffected schools with at least one suppressed cell or a suppressed total
 * @param audit the audit outcome
 */
public record PublicationSummary(
    int cellsListed,
    int cellsPublished,
    int cellsSuppressedPrimary,
    int cellsSuppressedSecondary,
    int zeroCellsNotPublished,
    int totalsSuppressedPrimary,
    int totalsSuppressedSecondary,
    int peopleHiddenRounded,
    String peopleHidden,
    int wardsAffected,
    int schoolsAffected,
    AuditReport audit) {

  /** All suppressed cells. */
  public int cellsSuppressed() {
    return cellsSuppressedPrimary + cellsSuppressedSecondary;
  }

  /**
   * Rounds a count of hidden people for display: to the nearest 5 (or the policy's rounding base if
   * larger), and below 10 only "fewer than 10", so a small exact figure is never shown.
   *
   * @param people the exact count
   * @param roundingBase the policy's rounding base (0, 5 or 10)
   * @return {rounded value, 0 when "fewer than 10"} and the words
   */
  static Object[] roundPeople(long people, int roundingBase) {
    if (people <= 0) {
      return new Object[] {0, "none"};
    }
    if (people < 10) {
      return new Object[] {0, "fewer than 10"};
    }
    int unit = Math.max(5, roundingBase);
    long r = (people + unit / 2) / unit * unit;
    return new Object[] {(int) Math.min(Integer.MAX_VALUE, r), "about " + r};
  }

  /**
   * One line for the UI, e.g. "12 cells suppressed (8 primary, 4 secondary); about 40 people
   * hidden; 9 wards, 11 schools affected. Audit passed: …".
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(cellsSuppressed())
        .append(cellsSuppressed() == 1 ? " cell" : " cells")
        .append(" suppressed (")
        .append(cellsSuppressedPrimary)
        .append(" primary, ")
        .append(cellsSuppressedSecondary)
        .append(" secondary)");
    int totals = totalsSuppressedPrimary + totalsSuppressedSecondary;
    if (totals > 0) {
      sb.append(", ").append(totals).append(totals == 1 ? " total" : " totals").append(" hidden");
    }
    sb.append("; ").append(peopleHidden).append(" people hidden; ");
    sb.append(wardsAffected)
        .append(wardsAffected == 1 ? " ward, " : " wards, ")
        .append(schoolsAffected)
        .append(schoolsAffected == 1 ? " school affected. " : " schools affected. ");
    sb.append(audit.describe());
    return sb.toString();
  }
}
