package org.wardflow.disclosure;

/**
 * The outcome of auditing a suppression pattern: whether every protected quantity (each suppressed
 * cell and each total of 1..k−1) keeps a feasible interval at least as wide as the protection
 * level, given everything published. Carries counts only, never values.
 *
 * @param status overall outcome
 * @param protectionLevel the minimum interval width required
 * @param protectedQuantities how many cells and totals were required to be protected
 * @param solved how many of them were solved in this run (the rest came from the component cache)
 * @param reusedFromCache how many were covered by an unchanged, already-audited component
 * @param repairs how many times a failing quantity was repaired by further suppression
 * @param failures how many quantities are narrower than the protection level (0 when passed)
 * @param method how the intervals were found
 */
public record AuditReport(
    Status status,
    int protectionLevel,
    int protectedQuantities,
    int solved,
    int reusedFromCache,
    int repairs,
    int failures,
    String method) {

  /** Overall outcome. */
  public enum Status {
    /** Every protected quantity has an interval at least as wide as the protection level. */
    PASSED,
    /** Some protected quantity could be worked out too closely. */
    FAILED,
    /** Nothing needs protection (threshold 0 or 1, or no small counts). */
    NOT_NEEDED
  }

  /** True unless {@link Status#FAILED}. */
  public boolean passed() {
    return status != Status.FAILED;
  }

  /** One line for the UI, e.g. "Audit passed: 37 hidden figures each uncertain by at least 5". */
  public String describe() {
    return switch (status) {
      case NOT_NEEDED -> "Audit: nothing needs protection";
      case PASSED ->
          "Audit passed: "
              + protectedQuantities
              + " hidden figure"
              + (protectedQuantities == 1 ? "" : "s")
              + " each uncertain by at least "
              + protectionLevel;
      case FAILED ->
          "Audit FAILED: "
              + failures
              + " of "
              + protectedQuantities
              + " hidden figures can be worked out to within less than "
              + protectionLevel;
    };
  }
}
