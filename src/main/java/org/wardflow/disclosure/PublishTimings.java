package org.wardflow.disclosure;

/**
 * Time spent by one publication in each phase, in nanoseconds.
 *
 * @param primaryNanos primary suppression and setting up the table's network
 * @param secondaryNanos the local phase of secondary suppression (complements by look-ahead)
 * @param auditNanos the exact audit with its repairs (further secondary suppression where the audit
 *     found a figure too narrow)
 * @param pruneNanos publishing again complements found unnecessary
 * @param buildNanos rounding and building the published table
 */
public record PublishTimings(
    long primaryNanos, long secondaryNanos, long auditNanos, long pruneNanos, long buildNanos) {

  /** Primary plus secondary suppression (local phase), in milliseconds. */
  public double primaryAndSecondaryMillis() {
    return (primaryNanos + secondaryNanos) / 1e6;
  }

  /** Everything, in milliseconds. */
  public double totalMillis() {
    return (primaryNanos + secondaryNanos + auditNanos + pruneNanos + buildNanos) / 1e6;
  }
}
